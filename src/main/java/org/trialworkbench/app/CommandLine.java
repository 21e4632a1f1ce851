package org.trialworkbench.app;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.trialworkbench.model.TrialSummary;
import org.trialworkbench.service.CancellationToken;
import org.trialworkbench.service.ExportFormat;
import org.trialworkbench.service.ImportReport;
import org.trialworkbench.store.StoreException;

/**
 * The command line of ../shared/contract/README.md: {@code import}, {@code list}, {@code export},
 * {@code --db}, {@code --help}, {@code --version}. Messages go to standard error, data to standard
 * output; exit status 0 all went well, 1 some inputs failed, 2 wrong usage or an unusable store.
 */
public final class CommandLine {
    public static final int OK = 0;
    public static final int SOME_FAILED = 1;
    public static final int USAGE = 2;

    static final String USAGE_TEXT = """
            Usage: java -jar trial-workbench.jar [--db DIR] [COMMAND ...]

              (no command)                      open the desktop window
              import PATH...                    files, folders (recursively) and .zip archives; the format of
                                                each record is detected from its content
              list [--query TEXT]               one line per stored trial: id <TAB> registry <TAB> brief title
              export --format json|csv|html|md  annotated summary of the stored trials
                     [--trial ID]...            only these trials (any of a trial's registry ids), in this order
                     [--out FILE]               default: standard output
              --help, --version

              --db DIR   the store (default: $TRIAL_WORKBENCH_DB, else ~/.trial-workbench)
            Exit status: 0 all went well; 1 some inputs failed; 2 wrong usage or an unusable store.
            """;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    public CommandLine(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    public int run(String[] args) {
        try {
            return run(Arguments.parse(args));
        } catch (Arguments.UsageException e) {
            return usage(e.getMessage());
        }
    }

    int run(Arguments args) {
        if (args.help()) {
            out.print(USAGE_TEXT);
            return OK;
        }
        if (args.version()) {
            out.println("Trial Workbench " + Version.current());
            return OK;
        }
        Path db = AppPaths.store(args.db(), env);
        try {
            return switch (args.command()) {
                case "import" -> {
                    List<Path> paths = pathsOnly(args.rest()); // before the store is opened or made
                    yield withStore(db, w -> importPaths(w, paths));
                }
                case "list" -> withStore(db, w -> list(w, args.rest()));
                case "export" -> withStore(db, w -> export(w, args.rest()));
                default -> usage("unknown command '" + args.command() + "'");
            };
        } catch (Arguments.UsageException e) {
            return usage(e.getMessage());
        }
    }

    private interface StoreCommand {
        int run(Workbench workbench) throws Arguments.UsageException;
    }

    private int withStore(Path db, StoreCommand command) throws Arguments.UsageException {
        Workbench workbench;
        try {
            workbench = Workbench.open(db);
        } catch (StoreException e) {
            err.println("trial-workbench: " + e.getMessage());
            return USAGE;
        }
        try (workbench) {
            return command.run(workbench);
        } catch (StoreException e) {
            err.println("trial-workbench: the store failed: " + e.getMessage());
            return USAGE;
        }
    }

    /**
     * The paths to import; an option there is a typing slip ({@code --store} for {@code --db}) that must not
     * import into the default store. A file whose name starts with "--" is given as {@code ./--name}.
     */
    private static List<Path> pathsOnly(List<String> rest) throws Arguments.UsageException {
        if (rest.isEmpty()) {
            throw new Arguments.UsageException("import needs at least one file or folder");
        }
        for (String a : rest) {
            if (a.startsWith("--")) {
                throw new Arguments.UsageException("import takes files and folders, not the option " + a
                        + " (the store is chosen with --db DIR)");
            }
        }
        return rest.stream().map(Path::of).toList();
    }

    private int importPaths(Workbench workbench, List<Path> paths) {
        ProgressLine progress = new ProgressLine(err, System.console() != null);
        ImportReport report = workbench.importer().importPaths(paths, progress, new CancellationToken());
        progress.done();
        err.println(report.summaryLine());
        return report.failed() > 0 ? SOME_FAILED : OK;
    }

    private int list(Workbench workbench, List<String> rest) throws Arguments.UsageException {
        String query = null;
        for (int i = 0; i < rest.size(); i++) {
            if (rest.get(i).equals("--query") && i + 1 < rest.size()) {
                query = rest.get(++i);
            } else {
                throw new Arguments.UsageException("list takes only --query TEXT, not " + rest.get(i));
            }
        }
        for (TrialSummary s : workbench.catalog().list(query)) {
            out.println(s.id() + "\t" + (s.registry() == null ? "" : s.registry()) + "\t" + oneLine(s.briefTitle()));
        }
        out.flush();
        return OK;
    }

    private int export(Workbench workbench, List<String> rest) throws Arguments.UsageException {
        ExportFormat format = null;
        List<String> trials = new ArrayList<>();
        String outFile = null;
        for (int i = 0; i < rest.size(); i++) {
            String option = rest.get(i);
            if (i + 1 >= rest.size()) {
                throw new Arguments.UsageException(option + " needs a value");
            }
            String value = rest.get(++i);
            switch (option) {
                case "--format" -> format = parseFormat(value);
                case "--trial" -> trials.add(value);
                case "--out" -> outFile = value;
                default -> throw new Arguments.UsageException("export does not take " + option);
            }
        }
        if (format == null) {
            throw new Arguments.UsageException("export needs --format json|csv|html|md");
        }
        if (!workbench.exporter().supports(format)) {
            err.println("trial-workbench: export as " + format.cliName() + " is not available in this version yet; "
                    + "use --format json");
            return USAGE;
        }
        return writeExport(workbench, format, trials, outFile);
    }

    private int writeExport(Workbench workbench, ExportFormat format, List<String> trials, String outFile) {
        try {
            if (outFile == null) {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                workbench.exporter().export(format, trials, w);
            } else {
                workbench.exporter().export(format, trials, Path.of(outFile));
                err.println("exported to " + outFile);
            }
            return OK;
        } catch (IllegalArgumentException e) {
            err.println("trial-workbench: " + e.getMessage());
            return USAGE;
        } catch (IOException e) {
            err.println("trial-workbench: the export could not be written: " + e.getMessage());
            return SOME_FAILED;
        }
    }

    private static ExportFormat parseFormat(String value) throws Arguments.UsageException {
        try {
            return ExportFormat.fromCliName(value);
        } catch (IllegalArgumentException e) {
            throw new Arguments.UsageException(e.getMessage());
        }
    }

    private int usage(String message) {
        err.println("trial-workbench: " + message);
        err.println("Try: java -jar trial-workbench.jar --help");
        return USAGE;
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
