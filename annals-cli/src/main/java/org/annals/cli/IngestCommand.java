package org.annals.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.annals.ingest.InputReader;
import org.annals.ingest.ReadOptions;
import org.annals.pipeline.ArticleCoder;
import org.annals.pipeline.BatchCoder;
import org.annals.store.EventStore;
import org.annals.store.StoreCounts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals ingest}: codes articles and stores them; running it again on the same input changes nothing. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Code articles and store them in the database. Articles already stored (same text) are skipped.")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    DatabaseOption database;

    @Mixin
    CoderOptions coderOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (EventStore store = EventStore.open(database.path)) {
            ArticleCoder coder = coderOptions.load(spec);
            // Made after the models are loaded, so that its rate is the rate of coding.
            ResultPrinter printer = new ResultPrinter(spec.commandLine().getOut(), spec.commandLine().getErr(), input.format);
            BatchCoder batch = new BatchCoder(new InputReader(new ReadOptions(input.defaultDate())), coder,
                    Optional.of(store), coderOptions.threads(spec));
            batch.run(input.paths, printer::print);
            int code = printer.finish();
            StoreCounts counts = store.counts();
            spec.commandLine().getErr().printf("database %s: %d articles, %d events, %d quotes%n", store.file(),
                    counts.articles(), counts.events(), counts.quotes());
            return code;
        }
    }
}
