import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * Makes the fixtures of org.policylens.corpus.formats.tests from the sample policy
 * pkulaw_CLI.12.5679380.txt (关于推进北京市数据专区建设的指导意见): a Word file laid out like the
 * official document, with a table; the PDF and old .doc LibreOffice makes from it; two web pages
 * (UTF-8, GBK); and the broken files the importers must refuse. Run it with make-fixtures.sh.
 *
 * Arguments: the PolicyLens source root, the resources folder to write.
 */
public class MakeFixtures {

	static final String SAMPLE = "bundles/org.policylens.corpus.samples/corpus/pkulaw/pkulaw_CLI.12.5679380.txt";
	static final String BASE = "beijing-data-zones";
	static final String POLICY_TITLE = "关于推进北京市数据专区建设的指导意见";
	static final String TABLE_CAPTION = "附表：数据专区类型与监管责任";
	/** Composed from part 三（一） of the policy, to give the Word file a table. */
	static final String[][] TABLE = {
			{ "专区类型", "监管部门", "监管责任" },
			{ "领域类", "相关行业主管部门", "承担领域类专区的监管责任，指导领域类数据专区的建设和运营" },
			{ "区域类", "相关区政府", "承担区域类数据专区的监管责任，指导区域类数据专区的建设和运营" },
			{ "综合基础类", "北京市经济和信息化局", "承担综合基础类数据专区监管责任，指导综合基础类数据专区的建设和运营" } };
	static final String PASSWORD = "policylens";

	enum Role { TITLE, CENTER, SALUTATION, SIGNATURE, BODY, HEADING, SUBHEADING }

	record Line(Role role, String text) {
	}

	public static void main(String[] args) throws Exception {
		Path root = Path.of(args[0]);
		Path out = Path.of(args[1]);
		Files.createDirectories(out);
		List<Line> lines = policy(root.resolve(SAMPLE));

		byte[] docx = docx(lines);
		Files.write(out.resolve(BASE + ".docx"), docx);
		Path work = Files.createTempDirectory("fixtures");
		libreOffice(out.resolve(BASE + ".docx"), "pdf", work);
		libreOffice(out.resolve(BASE + ".docx"), "doc", work);
		Files.copy(work.resolve(BASE + ".pdf"), out.resolve(BASE + ".pdf"), StandardCopyOption.REPLACE_EXISTING);
		Files.copy(work.resolve(BASE + ".doc"), out.resolve(BASE + ".doc"), StandardCopyOption.REPLACE_EXISTING);
		byte[] pdf = Files.readAllBytes(out.resolve(BASE + ".pdf"));

		Files.write(out.resolve(BASE + "-gbk.html"), encode(gbkPage(lines), Charset.forName("GBK")));
		Files.write(out.resolve(BASE + "-utf8.html"), encode(utf8Page(lines), StandardCharsets.UTF_8));

		// broken and refused files
		Files.write(out.resolve(BASE + "-truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 2));
		Files.write(out.resolve(BASE + "-protected.pdf"), protectedPdf(pdf));
		Files.write(out.resolve(BASE + "-scanned.pdf"), scannedPdf(pdf));
		Files.write(out.resolve(BASE + "-protected.docx"), protectedDocx(docx));
		Files.copy(out.resolve(BASE + ".doc"), out.resolve(BASE + "-old-word.docx"), StandardCopyOption.REPLACE_EXISTING);
		Files.writeString(out.resolve("plain-text-named.pdf"),
				String.join("\n", lines.subList(0, 6).stream().map(Line::text).toList()) + "\n", StandardCharsets.UTF_8);
		byte[] random = new byte[4096];
		new Random(20221121).nextBytes(random);
		Files.write(out.resolve("random-bytes.docx"), random);
		Files.write(out.resolve("empty.html"), new byte[0]);

		check(pdf);
		try (var walk = Files.walk(work)) {
			walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
	}

	/** The policy's lines without PKULaw's header and the doubled title, each with its role in the layout. */
	static List<Line> policy(Path sample) throws IOException {
		List<String> raw = new ArrayList<>();
		for (String line : Files.readString(sample, StandardCharsets.UTF_8).split("\r?\n")) {
			String content = line.strip();
			if (content.isEmpty() || content.startsWith("【法宝引证码】") || content.startsWith("原文链接")
					|| !raw.isEmpty() && raw.get(raw.size() - 1).equals(line)) {
				continue;
			}
			raw.add(line);
		}
		List<Line> lines = new ArrayList<>();
		for (int i = 0; i < raw.size(); i++) {
			String line = raw.get(i);
			String content = line.replace('\u3000', ' ').strip();
			boolean indented = line.startsWith("\u3000");
			Role role;
			if (i == 0 || content.equals(POLICY_TITLE)) {
				role = Role.TITLE;
			} else if (content.matches(".*〔\\d{4}〕\\d+号")) {
				role = Role.CENTER;
			} else if (content.matches("\\d{4}年\\d{1,2}月\\d{1,2}日") || i + 1 < raw.size()
					&& raw.get(i + 1).strip().matches("\\d{4}年\\d{1,2}月\\d{1,2}日")) {
				role = Role.SIGNATURE;
			} else if (!indented) {
				role = Role.SALUTATION;
			} else if (content.matches("^[一二三四五六七八九十]+、.{2,20}")) {
				role = Role.HEADING;
			} else if (content.matches("^（[一二三四五六七八九十]+）[^。]{2,16}")) {
				role = Role.SUBHEADING;
			} else {
				role = Role.BODY;
			}
			lines.add(new Line(role, content));
		}
		return lines;
	}

	/** Laid out like a Chinese official document: 小标宋 titles, 仿宋 body, 黑体 and 楷体 headings. */
	static byte[] docx(List<Line> lines) throws IOException {
		try (XWPFDocument document = new XWPFDocument()) {
			var properties = document.getProperties().getCoreProperties();
			properties.setTitle(POLICY_TITLE);
			properties.setCreator("PolicyLens test fixtures");
			Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
			created.clear();
			created.set(2022, Calendar.NOVEMBER, 21);
			properties.setCreated(Optional.of(created.getTime()));
			for (Line line : lines) {
				XWPFParagraph paragraph = document.createParagraph();
				XWPFRun run = paragraph.createRun();
				run.setText(line.text());
				run.setFontSize(16);
				run.setFontFamily("仿宋_GB2312");
				switch (line.role()) {
				case TITLE -> {
					paragraph.setAlignment(ParagraphAlignment.CENTER);
					run.setFontFamily("方正小标宋简体");
					run.setFontSize(22);
				}
				case CENTER -> paragraph.setAlignment(ParagraphAlignment.CENTER);
				case SIGNATURE -> paragraph.setAlignment(ParagraphAlignment.RIGHT);
				case HEADING -> {
					paragraph.setIndentationFirstLine(640);
					run.setFontFamily("黑体");
				}
				case SUBHEADING -> {
					paragraph.setIndentationFirstLine(640);
					run.setFontFamily("楷体_GB2312");
					run.setBold(true);
				}
				case BODY -> paragraph.setIndentationFirstLine(640);
				case SALUTATION -> {
					// flush left
				}
				}
			}
			XWPFParagraph caption = document.createParagraph();
			XWPFRun captionRun = caption.createRun();
			captionRun.setText(TABLE_CAPTION);
			captionRun.setFontFamily("黑体");
			captionRun.setFontSize(16);
			XWPFTable table = document.createTable(TABLE.length, TABLE[0].length);
			for (int r = 0; r < TABLE.length; r++) {
				for (int c = 0; c < TABLE[r].length; c++) {
					table.getRow(r).getCell(c).setText(TABLE[r][c]);
				}
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.write(bytes);
			return bytes.toByteArray();
		}
	}

	static void libreOffice(Path file, String format, Path outDir) throws IOException, InterruptedException {
		Path profile = outDir.resolve("lo-profile");
		Process process = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
				"--convert-to", format, "--outdir", outDir.toString(), file.toString()).inheritIO().start();
		if (process.waitFor() != 0 || !Files.exists(outDir.resolve(BASE + "." + format))) {
			throw new IOException("LibreOffice could not convert " + file + " to " + format);
		}
	}

	/** A page of a government site written in GBK: HTML5 with {@code <meta charset="gbk">}. */
	static String gbkPage(List<Line> lines) {
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"gbk\">\n")
				.append("<title>").append(lines.get(0).text()).append("</title>\n")
				.append("<style>body{font-family:\"仿宋_GB2312\",serif} .article p{text-indent:2em;line-height:1.8}</style>\n")
				.append("<script>var pageTitle = \"不应出现在正文中\";</script>\n</head>\n<body>\n")
				.append("<header><div class=\"logo\">北京市经济和信息化局</div></header>\n")
				.append("<nav><a href=\"/\">首页</a> &gt; <a href=\"/zwgk/\">政务公开</a> &gt; <a href=\"/zcwj/\">政策文件</a></nav>\n")
				.append("<div class=\"article\">\n");
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			switch (line.role()) {
			case TITLE -> html.append(i == 0 ? "<h1>" : "<h2>").append(line.text()).append(i == 0 ? "</h1>\n" : "</h2>\n");
			case CENTER -> html.append("<div class=\"wh\">").append(line.text()).append("</div>\n");
			case SIGNATURE -> {
				// issuer and date in one right-aligned paragraph, split by <br>
				if (i + 1 < lines.size() && lines.get(i + 1).role() == Role.SIGNATURE) {
					html.append("<p style=\"text-align:right\">").append(line.text()).append("<br>")
							.append(lines.get(++i).text()).append("</p>\n");
				} else {
					html.append("<p style=\"text-align:right\">").append(line.text()).append("</p>\n");
				}
			}
			case SALUTATION -> html.append("<p>").append(line.text()).append("</p>\n");
			default -> html.append("<p>\u3000\u3000").append(line.text()).append("</p>\n");
			}
		}
		html.append("</div>\n<footer>主办：北京市经济和信息化局　网站地图　联系我们</footer>\n")
				.append("<script>document.getElementById('x');</script>\n</body>\n</html>\n");
		return html.toString();
	}

	/** A UTF-8 page that starts with white space and {@code <HTML>}, declares its charset with http-equiv, has no title but an h1, and a table. */
	static String utf8Page(List<Line> lines) {
		StringBuilder html = new StringBuilder();
		html.append("\n  <HTML>\n<HEAD>\n<META http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n")
				.append("<link rel=\"stylesheet\" href=\"style.css\">\n</HEAD>\n<BODY>\n<main>\n<article>\n");
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			String tag = switch (line.role()) {
			case TITLE -> i == 0 ? "h1" : "h2";
			case HEADING -> "h3";
			case SUBHEADING -> "h4";
			default -> "p";
			};
			html.append('<').append(tag).append('>').append(line.text()).append("</").append(tag).append(">\n");
		}
		html.append("<p>").append(TABLE_CAPTION).append("</p>\n<table>\n");
		for (int r = 0; r < TABLE.length; r++) {
			String cell = r == 0 ? "th" : "td";
			html.append("<tr>");
			for (String value : TABLE[r]) {
				html.append('<').append(cell).append('>').append(value).append("</").append(cell).append('>');
			}
			html.append("</tr>\n");
		}
		html.append("</table>\n</article>\n</main>\n</BODY>\n</HTML>\n");
		return html.toString();
	}

	static byte[] encode(String text, Charset charset) throws CharacterCodingException {
		var buffer = charset.newEncoder().onUnmappableCharacter(CodingErrorAction.REPORT)
				.onMalformedInput(CodingErrorAction.REPORT).encode(java.nio.CharBuffer.wrap(text));
		return Arrays.copyOf(buffer.array(), buffer.limit());
	}

	/** The PDF, encrypted with AES-256 so that it opens only with the password. */
	static byte[] protectedPdf(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + PASSWORD, PASSWORD, new AccessPermission());
			policy.setEncryptionKeyLength(256);
			document.protect(policy);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			document.save(bytes);
			return bytes.toByteArray();
		}
	}

	/** The first page as a scanner would give it: a grey image, no text. */
	static byte[] scannedPdf(byte[] pdf) throws IOException {
		try (PDDocument source = Loader.loadPDF(pdf); PDDocument scan = new PDDocument()) {
			BufferedImage image = new PDFRenderer(source).renderImageWithDPI(0, 100, ImageType.GRAY);
			PDPage page = new PDPage(PDRectangle.A4);
			scan.addPage(page);
			PDImageXObject picture = JPEGFactory.createFromImage(scan, image, 0.6f);
			try (PDPageContentStream content = new PDPageContentStream(scan, page)) {
				content.drawImage(picture, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			scan.save(bytes);
			return bytes.toByteArray();
		}
	}

	/** The Word file encrypted as Word does it (agile encryption in an OLE2 container). */
	static byte[] protectedDocx(byte[] docx) throws Exception {
		try (POIFSFileSystem fs = new POIFSFileSystem()) {
			Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
			encryptor.confirmPassword(PASSWORD);
			try (OutputStream out = encryptor.getDataStream(fs)) {
				out.write(docx);
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			fs.writeFilesystem(bytes);
			return bytes.toByteArray();
		}
	}

	/** PDFBox must read the Chinese text back from LibreOffice's PDF. */
	static void check(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setSortByPosition(true);
			String text = stripper.getText(document);
			for (String expected : List.of(POLICY_TITLE, "一、总体要求", "（一）指导思想", "综合基础类")) {
				if (!text.contains(expected)) {
					throw new IllegalStateException("PDFBox does not read '" + expected + "' from the PDF:\n" + text);
				}
			}
			System.out.println("PDF: " + document.getNumberOfPages() + " pages, title '"
					+ document.getDocumentInformation().getTitle() + "', " + text.length() + " characters of text");
		}
	}
}
