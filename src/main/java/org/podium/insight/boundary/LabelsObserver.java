package org.podium.insight.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Starts the re-reading of an item's comments once a clerk's label has committed (never before: it reads the labels). */
@ApplicationScoped
public class LabelsObserver {

    @Inject
    Reanalysis reanalysis;

    void labelled(@Observes(during = TransactionPhase.AFTER_SUCCESS) LabelsChanged event) {
        reanalysis.run(event.itemId());
    }
}
