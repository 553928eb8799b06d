package org.annals.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.annals.ingest.InputReader;
import org.annals.ingest.ReadOptions;
import org.annals.pipeline.ArticleCoder;
import org.annals.pipeline.BatchCoder;
import org.annals.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code annals code}: codes articles and prints what was found, storing nothing. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Code articles and print their events and quotes (nothing is stored; see 'ingest').")
final class CodeCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Mixin
    CoderOptions coderOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        return codeAndPrint(spec, input, coderOptions, Optional.empty());
    }

    /** Codes the inputs, storing them when given a store, prints each result, and returns the exit code. */
    static int codeAndPrint(CommandSpec spec, InputOptions input, CoderOptions coderOptions, Optional<EventStore> store) {
        ArticleCoder coder = coderOptions.load(spec);
        // Made after the models are loaded, so that its rate is the rate of coding.
        ResultPrinter printer = new ResultPrinter(spec.commandLine().getOut(), spec.commandLine().getErr(), input.format);
        new BatchCoder(new InputReader(new ReadOptions(input.defaultDate())), coder, store, coderOptions.threads(spec))
                .run(input.paths, printer::print);
        return printer.finish();
    }
}
