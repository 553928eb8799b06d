package org.annals.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.annals.ingest.InputReader;
import org.annals.ingest.ReadOptions;
import org.annals.pipeline.ArticleCoder;
import org.annals.pipeline.BatchCoder;
import org.annals.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
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

    @ParentCommand
    AnnalsCommand parent;

    @Override
    public Integer call() {
        return codeAndPrint(spec, parent.terminal(), input, coderOptions, Optional.empty());
    }

    /**
     * Codes the inputs, storing them when given a store, prints each result, and returns the exit code. A progress
     * line is kept on standard error when it is a terminal.
     */
    static int codeAndPrint(CommandSpec spec, Terminal terminal, InputOptions input, CoderOptions coderOptions,
                            Optional<EventStore> store) {
        int threads = coderOptions.threads(spec);
        Duration articleTimeout = coderOptions.articleTimeout(spec);
        ArticleCoder coder = coderOptions.load(spec);
        InputReader reader = new InputReader(new ReadOptions(input.defaultDate()));
        PrintWriter err = spec.commandLine().getErr();
        // Made after the models are loaded, so that their rates are the rate of coding.
        ProgressDisplay progress = terminal.stderr()
                ? ProgressDisplay.on(err, terminal.stdout(), reader.inputBytes(input.paths), System::nanoTime)
                : ProgressDisplay.off();
        ResultPrinter printer = new ResultPrinter(spec.commandLine().getOut(), err, input.format, progress);
        new BatchCoder(reader, coder, store, threads, articleTimeout).run(input.paths, printer::print, printer::inputDone);
        return printer.finish();
    }
}
