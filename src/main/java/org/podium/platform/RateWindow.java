package org.podium.platform;

/** At most so many events per subject within a sliding window: in memory ({@link SlidingWindowLimit}) or shared. */
public interface RateWindow {

    /** Seconds until the subject may act again, or 0 when it may now. */
    long waitSeconds(String subject);

    void record(String subject);

    void clear(String subject);
}
