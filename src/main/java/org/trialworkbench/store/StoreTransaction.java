package org.trialworkbench.store;

import java.util.Collection;
import org.trialworkbench.model.Annotation;
import org.trialworkbench.model.Correction;
import org.trialworkbench.model.SourceRef;
import org.trialworkbench.model.Trial;

/**
 * Changes made inside {@link H2Store#write(StoreWork)}: all of them are committed together or
 * none is. Only valid during the work's {@code run}; not for use from other threads. Every
 * method throws {@link StoreException} on failure (which rolls the whole write back).
 */
public interface StoreTransaction {

    /**
     * Stores the trial, replacing every stored row of that id (registry ids, criteria, outcomes,
     * arms, ... are deleted and written again). Stored sources and annotations of the trial are
     * kept. The trial's own {@code sources} are attached to it: a SourceRef whose SHA-256 is not
     * stored is added without raw bytes (importer version 0); one stored under another trial is
     * moved here with its raw bytes. The trial's own {@code annotations} whose id is not stored
     * are added (one without id gets an id derived from trial, target, note, author and
     * creation time, so saving it again adds no copy); stored annotations are changed only
     * through {@link #updateAnnotation}. The trial's {@code corrections} are attached the same way
     * (by id; changed only through {@link #updateCorrection}).
     */
    void saveTrial(Trial trial);

    /** Saves each trial as {@link #saveTrial}; rows are sent to the database in batches. */
    default void saveTrials(Collection<Trial> trials) {
        trials.forEach(this::saveTrial);
    }

    /** Deletes the trial with everything of it, sources and annotations included. */
    void deleteTrial(String trialId);

    /**
     * Adds a source record with its raw bytes (stored compressed) after the trial's other
     * sources. The trial must be saved first. Adding a SHA-256 that the same trial already has
     * replaces that source's details, bytes and importer version; one held by another trial is
     * refused (move it with {@link #moveSource}).
     */
    void addSource(String trialId, SourceRef ref, int importerVersion, byte[] raw);

    /** Moves all sources of one trial to another, after the target's own. */
    void moveSources(String fromTrialId, String toTrialId);

    /** Removes one source (a record replaced by its newer version); its trial stays. */
    void removeSource(String sha256);

    /** Moves the source with this SHA-256 to a trial, after the target's own. */
    void moveSource(String sha256, String toTrialId);

    /** Moves all annotations of one trial to another. */
    void moveAnnotations(String fromTrialId, String toTrialId);

    /** Adds an annotation; a null id gets a new UUID. Returns the annotation as stored. */
    Annotation addAnnotation(String trialId, Annotation annotation);

    /** Replaces the stored annotation with the same id (which must belong to the trial). */
    void updateAnnotation(String trialId, Annotation annotation);

    /** Deletes an annotation; an unknown id is no error. */
    void deleteAnnotation(String annotationId);

    /** Adds a correction (its id must not be stored yet). */
    void addCorrection(String trialId, Correction correction);

    /** Replaces the stored correction with the same id (which must belong to the trial). */
    void updateCorrection(String trialId, Correction correction);

    /** Deletes a correction; an unknown id is no error. */
    void deleteCorrection(String correctionId);

    /** Moves all corrections of one trial to another (a merge; see {@link #moveAnnotations}). */
    void moveCorrections(String fromTrialId, String toTrialId);

    /**
     * Records that two trials must not be merged again by an import (a reviewer split them or
     * declined to merge them). Blocking a pair twice keeps one block; the reason may be null.
     */
    void blockMerge(String trialId, String otherTrialId, String reason, java.time.Instant at);

    /** Lifts the block between two trials (a reviewer merged them after all); none is no error. */
    void unblockMerge(String trialId, String otherTrialId);

    /** Sets a fact about the whole store ({@link H2Store#setting(String)}). */
    void putSetting(String name, String value);
}
