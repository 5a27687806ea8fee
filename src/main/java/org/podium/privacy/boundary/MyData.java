package org.podium.privacy.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.podium.account.boundary.Accounts;
import org.podium.account.entity.Account;
import org.podium.account.entity.Role;
import org.podium.comment.boundary.AuthorData;
import org.podium.comment.entity.Comment;
import org.podium.platform.PodiumException;
import org.podium.record.boundary.Records;
import org.podium.speaker.boundary.Speakers;
import org.podium.speaker.entity.Speaker;

/**
 * A resident's data as their own: a copy of everything Podium holds about them (their account, their comments with
 * their history and earlier versions, their sign-ups to speak, their reports), and the deletion of their account, which
 * erases or anonymises the personal data of each (docs/privacy.md). One transaction: all of it, or nothing.
 */
@Stateless
@PermitAll
public class MyData {

    /** The whole copy, as downloaded. */
    public record Export(
            String format,
            Instant exportedAt,
            AccountPart account,
            List<CommentPart> comments,
            List<SignUpPart> signUps,
            List<ReportPart> reports) {}

    public record AccountPart(
            long id,
            String email,
            String displayName,
            Set<Role> roles,
            Instant createdAt,
            Instant emailVerifiedAt,
            String preferredLanguage,
            boolean twoStepSignIn) {}

    public record CommentPart(
            String trackingNumber,
            String meeting,
            String item,
            String channel,
            Instant receivedAt,
            String status,
            boolean inRecord,
            String position,
            String text,
            String name,
            boolean nameWithheld,
            String email,
            String ward,
            String language,
            List<EventPart> history,
            List<VersionPart> earlierVersions,
            List<String> attachments) {}

    public record EventPart(String status, Instant at, String note) {}

    public record VersionPart(int number, Instant at, String position, String text) {}

    public record SignUpPart(
            String confirmationNumber,
            String meeting,
            String item,
            Instant meetingStartsAt,
            String status,
            String name,
            boolean nameWithheld,
            String email,
            String mode,
            String position,
            String interpreterLanguage,
            String groupName,
            Instant withdrawnAt) {}

    public record ReportPart(String comment, String reason, Instant reportedAt) {}

    /** What was erased: how many comments and sign-ups were the account's. */
    public record Erased(int comments, int signUps) {}

    @Inject
    Accounts accounts;

    @Inject
    AuthorData authorData;

    @Inject
    Speakers speakers;

    @Inject
    Records records;

    public Export export(long accountId) {
        Account a = accounts.find(accountId).orElseThrow(() -> PodiumException.notFound("account.notFound"));
        AccountPart account = new AccountPart(
                a.getId(),
                a.getEmail(),
                a.getDisplayName(),
                a.getRoles(),
                a.getCreatedAt(),
                a.getEmailVerifiedAt(),
                a.getPreferredLocale(),
                a.hasTotp());
        List<CommentPart> mine =
                authorData.byAuthor(accountId).stream().map(MyData::comment).toList();
        List<SignUpPart> signUps =
                speakers.byAccount(accountId).stream().map(MyData::signUp).toList();
        List<ReportPart> reports = authorData.reportsBy(accountId).stream()
                .map(r -> new ReportPart(r.getComment().getTrackingNumber(), r.getReason(), r.getReportedAt()))
                .toList();
        return new Export("podium-personal-data/1", Instant.now(), account, mine, signUps, reports);
    }

    private static CommentPart comment(Comment c) {
        return new CommentPart(
                c.getTrackingNumber(),
                c.getItem().getMeeting().getTitle(),
                c.getItem().getNumber() + " " + c.getItem().getTitle(),
                c.getChannel().name(),
                c.getReceivedAt(),
                c.getStatus().name(),
                c.isInRecord(),
                c.getPosition() == null ? null : c.getPosition().name(),
                c.getBody(),
                c.getDisplayName(),
                c.isNameWithheld(),
                c.getEmail(),
                c.getWard(),
                c.getLanguage() == null ? null : c.getLanguage().toLanguageTag(),
                c.getEvents().stream()
                        .map(e -> new EventPart(e.getStatus().name(), e.getOccurredAt(), e.getNote()))
                        .toList(),
                c.getVersions().stream()
                        .map(v -> new VersionPart(
                                v.getNumber(),
                                v.getCreatedAt(),
                                v.getPosition() == null ? null : v.getPosition().name(),
                                v.getBody()))
                        .toList(),
                c.getAttachments().stream().map(f -> f.getFileName()).toList());
    }

    private static SignUpPart signUp(Speaker s) {
        return new SignUpPart(
                s.getConfirmationNumber(),
                s.getItem().getMeeting().getTitle(),
                s.getItem().getNumber() + " " + s.getItem().getTitle(),
                s.getItem().getMeeting().getStartsAt(),
                s.getStatus().name(),
                s.getDisplayName(),
                s.getDisplayName() == null,
                s.getEmail(),
                s.getMode() == null ? null : s.getMode().name(),
                s.getPosition() == null ? null : s.getPosition().name(),
                s.getInterpreterLanguage(),
                s.getGroupName(),
                s.getWithdrawnAt());
    }

    /**
     * Deletes the account with its password (and second-factor code): the account is anonymised and can never log in
     * again; the person's names are erased from the finalized records that allow it (format 2), then comments and
     * sign-ups lose what they hold of the person.
     */
    public Erased erase(long accountId, String password, String code) {
        Account a = accounts.erase(accountId, password, code);
        Records.Kept kept = records.eraseNames(authorData.recordedIdsBy(a.getId()), speakers.idsBy(a.getId()));
        int c = authorData.eraseAuthor(a.getId(), kept.comments());
        int s = speakers.eraseAccount(a.getId(), kept.speakers());
        return new Erased(c, s);
    }
}
