package org.policylens.cli.internal.commands;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.policylens.cli.Arguments;
import org.policylens.cli.CommandContext;
import org.policylens.cli.CommandException;
import org.policylens.cli.ExitCodes;
import org.policylens.cli.ICommand;
import org.policylens.study.OpenStudy;
import org.policylens.study.StudyException;
import org.policylens.study.model.AttributeDefinition;
import org.policylens.study.model.AttributeType;
import org.policylens.study.model.LedgerEvent;
import org.policylens.study.model.Study;

/**
 * {@code policylens study create|info|history|attribute}: makes a study folder and shows what is
 * in it.
 */
public final class StudyCommand implements ICommand {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT) //$NON-NLS-1$
			.withZone(ZoneOffset.UTC);

	@Override
	public int run(CommandContext context) throws CommandException {
		List<String> args = context.arguments();
		if (args.isEmpty()) {
			throw CommandException.usage("say what to do: create, info, history or attribute");
		}
		CommandContext sub = context.subcommand();
		return switch (args.get(0)) {
		case "create" -> create(sub); //$NON-NLS-1$
		case "info" -> info(sub); //$NON-NLS-1$
		case "history" -> history(sub); //$NON-NLS-1$
		case "attribute" -> attribute(sub); //$NON-NLS-1$
		default -> throw CommandException.usage("unknown subcommand '" + args.get(0) + "': create, info, history or attribute");
		};
	}

	private static int create(CommandContext context) throws CommandException {
		Arguments args = context.parse(Set.of("study", "title", "description"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Path dir = Path.of(args.required("study")); //$NON-NLS-1$
		try {
			OpenStudy study = context.studyStore().create(dir, args.option("title"), args.option("description"), //$NON-NLS-1$ //$NON-NLS-2$
					context.actor());
			context.out().println("Created the study \u201c" + study.getStudy().getTitle() + "\u201d in " + study.getDirectory());
			return ExitCodes.OK;
		} catch (StudyException e) {
			throw CommandContext.toCommandException(e);
		}
	}

	private static int info(CommandContext context) throws CommandException {
		Arguments args = context.parse(Set.of("study"), Set.of()); //$NON-NLS-1$
		OpenStudy open = context.openStudy(args);
		Study study = open.getStudy();
		PrintStream out = context.out();
		out.println("Title:        " + study.getTitle());
		out.println("Folder:       " + open.getDirectory());
		out.println("Created:      " + format(study.getCreated()));
		out.println("Study format: " + study.getSchemaVersion());
		if (study.getDescription() != null && !study.getDescription().isBlank()) {
			out.println("Description:  " + study.getDescription());
		}
		out.println("Case attributes: " + study.getAttributes().size());
		for (AttributeDefinition attribute : study.getAttributes()) {
			out.println("  " + attribute.getName() + "  (" + attribute.getType().getLiteral() + ")"
					+ (attribute.getLabel() == null ? "" : "  " + attribute.getLabel()) //$NON-NLS-1$
					+ (attribute.getValues().isEmpty() ? "" : ": " + String.join(", ", attribute.getValues()))); //$NON-NLS-1$ //$NON-NLS-2$
		}
		List<LedgerEvent> events = open.getEvents();
		out.println("History:      " + events.size() + " event(s)");
		if (!events.isEmpty()) {
			LedgerEvent last = events.get(events.size() - 1);
			out.println("Last change:  " + format(last.getTimestamp()) + " by " + last.getActor() + ": " + last.getSummary());
		}
		return ExitCodes.OK;
	}

	private static int history(CommandContext context) throws CommandException {
		Arguments args = context.parse(Set.of("study", "limit"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$
		OpenStudy open = context.openStudy(args);
		List<LedgerEvent> events = open.getEvents();
		int limit = args.intOption("limit", Integer.MAX_VALUE); //$NON-NLS-1$
		for (LedgerEvent event : events.subList(Math.max(0, events.size() - limit), events.size())) {
			StringBuilder line = new StringBuilder();
			line.append('#').append(event.getSequence()).append('\t').append(format(event.getTimestamp())).append('\t')
					.append(event.getActor()).append('\t').append(event.getKind()).append('\t')
					.append(event.getSummary() == null ? "" : event.getSummary()); //$NON-NLS-1$
			if (!event.getParameters().isEmpty()) {
				line.append('\t').append(OpenStudy.parametersOf(event));
			}
			context.out().println(line);
		}
		return ExitCodes.OK;
	}

	private static int attribute(CommandContext context) throws CommandException {
		Arguments args = context.parse(Set.of("study", "name", "label", "type", "values"), Set.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		String name = args.required("name"); //$NON-NLS-1$
		if (!OpenStudy.isValidAttributeName(name)) {
			throw CommandException.usage("attribute name '" + name + "' must be one word (letters, digits, _ . -)");
		}
		String typeName = args.option("type", "text"); //$NON-NLS-1$ //$NON-NLS-2$
		AttributeType type = AttributeType.get(typeName.toLowerCase(Locale.ROOT));
		if (type == null) {
			throw CommandException.usage("--type must be one of text, category, number, date, boolean; not '" + typeName + "'");
		}
		OpenStudy open = context.openStudy(args);
		List<String> values = args.option("values") == null ? List.of() : List.of(args.option("values").split(",")); //$NON-NLS-1$ //$NON-NLS-2$
		try {
			open.addAttribute(context.actor(), name, args.option("label"), type, values); //$NON-NLS-1$
		} catch (IllegalArgumentException e) {
			throw new CommandException(ExitCodes.FAILURE, e.getMessage());
		}
		context.save(open);
		context.out().println("Defined the case attribute " + name + " (" + type.getLiteral() + ")");
		return ExitCodes.OK;
	}

	private static String format(Date date) {
		return date == null ? "?" : TIME.format(date.toInstant()); //$NON-NLS-1$
	}
}
