package org.annals.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.annals.store.EventStore;
import org.annals.store.StoryCluster;
import org.annals.store.StoryMember;
import org.annals.store.StoryQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals stories}: lists story clusters, stored texts that are near duplicates, with their articles. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = "List story clusters: a wire story and its republications (exact and near duplicates), "
                + "with every copy and how similar each text is to the story's first-named one.")
final class StoriesCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Stories with an article dated on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
            description = "Stories with an article dated on or before this day.")
    LocalDate to;

    @Option(names = "--min-articles", paramLabel = "N", defaultValue = "2",
            description = "Stories carried by at least N articles (copies, exact duplicates included); 1 lists every "
                    + "stored text. Default: ${DEFAULT-VALUE}.")
    int minArticles;

    @Option(names = "--limit", defaultValue = "1000", description = "At most this many stories. Default: ${DEFAULT-VALUE}.")
    int limit;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or jsonl. Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        StoryQuery query;
        try {
            query = new StoryQuery(Optional.ofNullable(from), Optional.ofNullable(to), minArticles, limit);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try (EventStore store = EventStore.open(database.existing(spec))) {
            List<StoryCluster> stories = store.stories(query);
            PrintWriter out = spec.commandLine().getOut();
            if (format == OutputFormat.jsonl) {
                stories.forEach(story -> out.println(JsonFormat.story(story)));
            } else {
                table(out, stories);
            }
            out.flush();
        }
        return ExitCodes.OK;
    }

    private static void table(PrintWriter out, List<StoryCluster> stories) {
        String format = "%-12s  %-10s  %-10s  %8s  %7s  %s%n";
        out.printf(format, "STORY", "FIRST", "LAST", "ARTICLES", "SOURCES", "HEADLINE");
        for (StoryCluster story : stories) {
            StoryMember first = story.members().get(0);
            out.printf(format, story.id().substring(0, Math.min(12, story.id().length())), story.first(), story.last(),
                    story.articles(), story.sources(), EventTable.cut(first.title().isEmpty() ? first.articleId()
                            : first.title(), 70));
            for (StoryMember member : story.members()) {
                String publishers = String.join(" ", member.copies().stream().map(StoryMember.Copy::publisher)
                        .distinct().toList());
                out.printf(Locale.ROOT, "    %-10s  %4.2f  %-28s  %-24s  %s%n", member.date(), member.similarity(),
                        EventTable.cut(publishers, 28), EventTable.cut(member.articleId(), 24),
                        EventTable.cut(member.title(), 60));
            }
        }
        out.printf("%d stories%n", stories.size());
    }
}
