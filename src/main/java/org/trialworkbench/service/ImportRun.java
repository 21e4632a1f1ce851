package org.trialworkbench.service;

import java.io.UncheckedIOException;
import org.trialworkbench.importer.BytesDocument;
import org.trialworkbench.importer.DocumentHead;
import org.trialworkbench.importer.ImporterRegistry;
import org.trialworkbench.importer.ParsedRecord;
import org.trialworkbench.importer.RecordSink;
import org.trialworkbench.importer.SourceDocument;
import org.trialworkbench.importer.batch.DocumentVisitor;

/**
 * One import call: receives documents from the walker, picks each one's importer, feeds the
 * records to the pipeline and reports progress. Every problem becomes a FAILED event naming the
 * file (and entry); nothing here throws for bad input.
 */
final class ImportRun implements DocumentVisitor {
    private final RecordPipeline pipeline;
    private final ImportListener listener;
    private final CancellationToken cancel;
    private final long totalBytes;
    private final long startNanos = System.nanoTime();
    private volatile long bytesDone;

    ImportRun(RecordPipeline pipeline, ImportListener listener, CancellationToken cancel, long totalBytes) {
        this.pipeline = pipeline;
        this.listener = listener;
        this.cancel = cancel;
        this.totalBytes = totalBytes;
        pipeline.listen(this::onEvent);
    }

    @Override
    public boolean cancelled() {
        return cancel.isCancelled();
    }

    @Override
    public void failure(String name, String reason) {
        pipeline.failed(name, reason);
    }

    @Override
    public void document(SourceDocument document, long bytes) {
        try {
            importDocument(document);
        } catch (UncheckedIOException e) {
            pipeline.failed(document.name(), "the file cannot be read: " + e.getCause().getMessage());
        } catch (java.io.IOException e) {
            pipeline.failed(document.name(), "the file cannot be read: " + e.getMessage());
        } catch (RuntimeException e) {
            pipeline.failed(document.name(), "could not be read because of an internal error (" + e
                    + "); please report it with the file");
        }
        bytesDone += bytes;
        progress();
    }

    private void importDocument(SourceDocument document) throws java.io.IOException {
        DocumentHead head = document.head();
        if (head.bytes().length == 0) {
            pipeline.failed(document.name(), "the file is empty");
            return;
        }
        // A document that fits in its head is parsed from those bytes: not read (for a zip entry: inflated) twice.
        SourceDocument readable = head.complete() ? new BytesDocument(document.name(), head.bytes()) : document;
        DocumentHead readableHead = head;
        // Detection runs once per document (it was a few percent of an import's time when run twice).
        var choice = pipeline.registry().choose(head);
        if (choice.isEmpty() && HtmlPages.isPage(head)) {
            readable = HtmlPages.asText(readable);
            readableHead = readable.head();
            choice = pipeline.registry().choose(readableHead);
        }
        if (choice.isEmpty()) {
            pipeline.failed(document.name(), UnknownDocuments.reason(readableHead));
            return;
        }
        var importer = choice.get().importer();
        importer.parse(readable, new RecordSink() {
            @Override
            public void accept(ParsedRecord record) {
                pipeline.accept(record, importer, document.name());
            }

            @Override
            public void fail(String location, String reason) {
                pipeline.failed(document.name(), location == null ? reason : location + ": " + reason);
            }

            @Override
            public boolean cancelled() {
                return cancel.isCancelled();
            }
        });
    }

    private void onEvent(ImportEvent event) {
        listener.event(event);
        if (event.kind() != ImportEvent.Kind.WARNING && pipeline.handled() % 50 == 0) {
            progress();
        }
    }

    /** Called from the reading and the writing thread; the listener hears one at a time. */
    private synchronized void progress() {
        double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
        listener.progress(pipeline.handled(), bytesDone, totalBytes, pipeline.handled() / seconds);
    }

    ImportReport finish() {
        pipeline.finish();
        progress();
        return pipeline.report(cancel.isCancelled());
    }
}
