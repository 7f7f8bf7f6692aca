package org.policylens.corpus.metadata;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place and administrative level of a document, read from its issuer: 北京市经济和信息化局 →
 * city 北京, province 北京, municipal; 广东省人民政府 → province 广东, provincial; 阿坝州人民政府办公室 →
 * city 阿坝州, municipal; 国务院办公厅 → national.
 */
public final class Places {

	private static final Set<String> MUNICIPALITIES = Set.of("北京", "上海", "天津", "重庆"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	private static final Pattern NATIONAL = Pattern.compile("^(国务院|中共中央|全国人民代表大会|全国人大|国家|中华人民共和国|工业和信息化部|财政部|科学技术部|科技部|住房和城乡建设部|发展改革委|国家发展和改革委员会|教育部|商务部|交通运输部|自然资源部|生态环境部|民政部|公安部|人力资源和社会保障部|农业农村部|文化和旅游部|国家卫生健康委员会|中国人民银行)"); //$NON-NLS-1$
	private static final Pattern PROVINCE = Pattern.compile("^(.{2,8}?)(省|自治区)"); //$NON-NLS-1$
	private static final Pattern CITY = Pattern.compile("^(.{2,10}?)(市|自治州|州|盟|地区)"); //$NON-NLS-1$
	private static final Pattern DISTRICT = Pattern.compile("^(.{2,12}?)(区|县|旗)(人民政府|政府|委员会|办公室|.{0,10}局)"); //$NON-NLS-1$

	private Places() {
	}

	/**
	 * Adds city, province and level to the values, where they are not set already.
	 *
	 * @param issuer the issuing body, or {@code null}
	 * @param values the values to add to
	 */
	public static void derive(String issuer, Map<String, String> values) {
		if (issuer == null || issuer.isBlank()) {
			return;
		}
		issuer = issuer.replaceFirst("^中共", ""); //$NON-NLS-1$
		if (NATIONAL.matcher(issuer).find()) {
			values.putIfAbsent(Keys.LEVEL, "national"); //$NON-NLS-1$
			return;
		}
		Matcher province = PROVINCE.matcher(issuer);
		if (province.find()) {
			values.putIfAbsent(Keys.PROVINCE, province.group(1));
			String rest = issuer.substring(province.end());
			Matcher city = CITY.matcher(rest);
			if (city.find() && !rest.startsWith("人民政府")) { //$NON-NLS-1$
				values.putIfAbsent(Keys.CITY, cityName(city));
				values.putIfAbsent(Keys.LEVEL, "municipal"); //$NON-NLS-1$
			} else {
				values.putIfAbsent(Keys.LEVEL, "provincial"); //$NON-NLS-1$
			}
			return;
		}
		Matcher city = CITY.matcher(issuer);
		if (city.find()) {
			String name = cityName(city);
			values.putIfAbsent(Keys.CITY, name);
			if (MUNICIPALITIES.contains(name)) {
				values.putIfAbsent(Keys.PROVINCE, name);
			}
			Matcher district = DISTRICT.matcher(issuer.substring(city.end()));
			values.putIfAbsent(Keys.LEVEL, district.find() ? "district" : "municipal"); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	private static String cityName(Matcher city) {
		// 北京市 → 北京; 阿坝州 and 锡林郭勒盟 keep their suffix, which is part of the short name
		return city.group(2).equals("市") ? city.group(1) : city.group(1) + city.group(2); //$NON-NLS-1$
	}
}
