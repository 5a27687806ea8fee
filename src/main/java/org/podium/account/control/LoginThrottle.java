package org.podium.account.control;

import java.time.Clock;
import java.time.Duration;
import org.podium.platform.RateWindow;
import org.podium.platform.SlidingWindowLimit;

/**
 * Slows down password guessing: after {@code maxPerAccount} failed logins for one account within the window, or
 * {@code maxPerAddress} from one address (higher: a city hall's staff share one address behind NAT), further attempts
 * are refused until the oldest failure leaves the window. A success clears the account's failures (not the
 * address's). Counted where its windows count: in the database for the whole cluster
 * ({@link org.podium.platform.SharedLimits}), or in memory.
 */
public class LoginThrottle {

    private final RateWindow accounts;
    private final RateWindow addresses;

    public LoginThrottle(int maxPerAccount, int maxPerAddress, Duration window, Clock clock) {
        this(
                new SlidingWindowLimit(maxPerAccount, window, clock),
                new SlidingWindowLimit(maxPerAddress, window, clock));
    }

    public LoginThrottle(RateWindow accounts, RateWindow addresses) {
        this.accounts = accounts;
        this.addresses = addresses;
    }

    /** Seconds to wait before another attempt is allowed, or 0 when it may go ahead. */
    public long retryAfterSeconds(String account, String address) {
        return Math.max(accounts.waitSeconds(account), addresses.waitSeconds(address));
    }

    public void failed(String account, String address) {
        accounts.record(account);
        addresses.record(address);
    }

    public void succeeded(String account) {
        accounts.clear(account);
    }
}
