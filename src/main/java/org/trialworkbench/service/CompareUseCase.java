package org.trialworkbench.service;

import java.util.List;
import org.trialworkbench.model.Trial;
import org.trialworkbench.model.comparison.Comparison;

/** Lining trials up side by side. Pure computation: call it off the JavaFX thread for many trials. */
public interface CompareUseCase {

    Comparison compare(List<Trial> trials);
}
