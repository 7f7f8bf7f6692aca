package org.policylens.qdpx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an export or import of a REFI-QDA project carried over, and what it could not: each kind of
 * thing left behind once, with how many and a few examples (e.g. "PDF sources (PolicyLens codes
 * text only)", 1, "Budget 2021.pdf"), and notes on what was adapted on the way (e.g. a variable
 * name that became an attribute name).
 */
public final class QdpxReport {

	/** How many examples each kind of dropped thing keeps. */
	public static final int EXAMPLES = 5;

	/**
	 * Things of one kind that were not carried over.
	 *
	 * @param what     what they are and why they were left, e.g. {@code PDF sources (PolicyLens codes text only)}
	 * @param count    how many
	 * @param examples up to {@value QdpxReport#EXAMPLES} of them, by name or position
	 */
	public record Dropped(String what, int count, List<String> examples) {
	}

	private static final List<String> ORDER = List.of("documents", "codebooks", "codes", "coders", "codings", "memos", "variables", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"values"); //$NON-NLS-1$

	private final Map<String, Integer> counts = new LinkedHashMap<>();
	private final Map<String, List<String>> examples = new LinkedHashMap<>();
	private final Map<String, Integer> dropped = new LinkedHashMap<>();
	private final List<String> notes = new ArrayList<>();

	/**
	 * Counts things carried over.
	 *
	 * @param what  e.g. {@code codings}
	 * @param count how many more
	 */
	public void count(String what, int count) {
		counts.merge(what, count, Integer::sum);
	}

	/**
	 * @param what e.g. {@code codings}
	 * @return how many were carried over
	 */
	public int count(String what) {
		return counts.getOrDefault(what, 0);
	}

	/** @return what was carried over, by kind, in the order counted */
	public Map<String, Integer> counts() {
		return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
	}

	/**
	 * Notes one thing that was not carried over.
	 *
	 * @param what    what it is and why it was left
	 * @param example which one (a name or position), or {@code null}
	 */
	public void drop(String what, String example) {
		dropped.merge(what, 1, Integer::sum);
		List<String> list = examples.computeIfAbsent(what, k -> new ArrayList<>());
		if (example != null && list.size() < EXAMPLES) {
			list.add(example);
		}
	}

	/**
	 * Notes things that were not carried over, without examples.
	 *
	 * @param what  what they are and why they were left
	 * @param count how many
	 */
	public void drop(String what, int count) {
		if (count > 0) {
			dropped.merge(what, count, Integer::sum);
			examples.computeIfAbsent(what, k -> new ArrayList<>());
		}
	}

	/** @return what was not carried over, by kind, in the order first met */
	public List<Dropped> dropped() {
		return dropped.entrySet().stream().map(e -> new Dropped(e.getKey(), e.getValue(), List.copyOf(examples.get(e.getKey()))))
				.toList();
	}

	/**
	 * @param what a kind of dropped thing (see {@link #drop})
	 * @return how many of them were dropped
	 */
	public int droppedCount(String what) {
		return dropped.getOrDefault(what, 0);
	}

	/** @param note something that was adapted on the way, one sentence */
	public void note(String note) {
		notes.add(note);
	}

	/** @return what was adapted on the way */
	public List<String> notes() {
		return List.copyOf(notes);
	}

	/** @return whether everything was carried over */
	public boolean isComplete() {
		return dropped.isEmpty();
	}

	/**
	 * @return the report for people: the counts (documents, codebooks, codes, coders, codings,
	 *         memos, variables, values), then what was not carried over, then the notes
	 */
	public List<String> lines() {
		List<String> lines = new ArrayList<>();
		List<String> kinds = new ArrayList<>(ORDER.stream().filter(counts::containsKey).toList());
		counts.keySet().stream().filter(k -> !ORDER.contains(k)).forEach(kinds::add);
		lines.add(counts.isEmpty() ? "nothing" //$NON-NLS-1$
				: String.join(", ", kinds.stream().map(k -> counts.get(k) + " " + k).toList())); //$NON-NLS-1$ //$NON-NLS-2$
		if (dropped.isEmpty()) {
			lines.add("Everything was carried over.");
		} else {
			lines.add("Not carried over:");
			for (Dropped d : dropped()) {
				lines.add("  " + d.count() + " " + d.what() //$NON-NLS-1$ //$NON-NLS-2$
						+ (d.examples().isEmpty() ? "" : ": " + String.join("; ", d.examples()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
								+ (d.count() > d.examples().size() ? "; ..." : ""))); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		notes.forEach(n -> lines.add("Note: " + n));
		return lines;
	}

	@Override
	public String toString() {
		return String.join("\n", lines()); //$NON-NLS-1$
	}
}
