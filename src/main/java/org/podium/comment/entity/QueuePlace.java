package org.podium.comment.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Where a comment waits in the clerks' queue, in the queue's order: reported (and hidden) comments first, then
 * appeals, then the comments waiting for a first decision. Stored as the number of its place (0, 1, 2), which the
 * queue's indexes sort by; a comment off the queue has none (null).
 */
public enum QueuePlace {
    REPORTED(0),
    APPEAL(1),
    WAITING(2);

    private final int order;

    QueuePlace(int order) {
        this.order = order;
    }

    public int order() {
        return order;
    }

    /** The column's number and back; null stays null (off the queue). */
    @Converter
    public static class Column implements AttributeConverter<QueuePlace, Integer> {

        @Override
        public Integer convertToDatabaseColumn(QueuePlace place) {
            return place == null ? null : place.order;
        }

        @Override
        public QueuePlace convertToEntityAttribute(Integer order) {
            if (order == null) {
                return null;
            }
            for (QueuePlace p : values()) {
                if (p.order == order) {
                    return p;
                }
            }
            throw new IllegalArgumentException("no queue place " + order);
        }
    }
}
