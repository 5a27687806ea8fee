package org.podium.insight.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Starts the re-reading of comments once a clerk's change has committed (never before: it reads what changed): an item's
 * stances after a label, its topics after a clerk decided one, every comment's topics after the topics changed.
 */
@ApplicationScoped
public class LabelsObserver {

    @Inject
    Reanalysis reanalysis;

    @Inject
    TopicAdmin topicAdmin;

    @Inject
    ItemModels models;

    @Inject
    Topics topics;

    void labelled(@Observes(during = TransactionPhase.AFTER_SUCCESS) LabelsChanged event) {
        models.forget(event.itemId()); // the re-reading and the next comments use the new label at once
        reanalysis.run(event.itemId());
    }

    void topicLabelled(@Observes(during = TransactionPhase.AFTER_SUCCESS) TopicLabelsChanged event) {
        topics.forgetDecisions();
        reanalysis.retopic(event.itemId());
    }

    void topicsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) TopicsChanged event) {
        topicAdmin.retopic();
    }
}
