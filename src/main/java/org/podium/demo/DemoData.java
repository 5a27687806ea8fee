package org.podium.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.podium.account.boundary.Accounts;
import org.podium.account.entity.Role;
import org.podium.comment.control.PreScreen;
import org.podium.comment.entity.Channel;
import org.podium.comment.entity.Comment;
import org.podium.comment.entity.CommentDecision;
import org.podium.comment.entity.CommentStatus;
import org.podium.comment.entity.Position;
import org.podium.comment.entity.Span;
import org.podium.insight.boundary.Insight;
import org.podium.meeting.entity.AgendaItem;
import org.podium.meeting.entity.Meeting;
import org.podium.meeting.entity.MeetingStatus;
import org.podium.platform.Banner;
import org.podium.platform.PodiumConfig;

/**
 * In demo mode (the embedded database, or PODIUM_DEMO=true): a Chicago-style council calendar — a City Council
 * meeting in the near future with the items people comment on, a committee meeting, a draft, and a past meeting — and
 * one account per role. The password is PODIUM_DEMO_PASSWORD, or generated and printed. Existing data is left alone.
 */
@Startup
@Singleton
@DependsOn({"Database", "CouncilDefaults", "FirstAdmin"})
public class DemoData {

    public static final String DOMAIN = "@podium.example";

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    PodiumConfig config;

    @Inject
    Insight insight;

    @PostConstruct
    void seed() {
        if (!config.demoMode()) {
            return;
        }
        String password = config.demoPassword().orElseGet(DemoData::generatePassword);
        accounts.ensureDemoAccount("admin" + DOMAIN, "Ada Administrator", password, EnumSet.of(Role.ADMIN));
        accounts.ensureDemoAccount("clerk" + DOMAIN, "Carmen Clerk", password, EnumSet.of(Role.CLERK));
        accounts.ensureDemoAccount("council" + DOMAIN, "Alderperson Chen", password, EnumSet.of(Role.COUNCIL));
        accounts.ensureDemoAccount("resident" + DOMAIN, "Rosa Resident", password, EnumSet.of(Role.RESIDENT));
        boolean fresh =
                em.createQuery("select count(m) from Meeting m", Long.class).getSingleResult() == 0;
        if (fresh) {
            List<Meeting> all = meetings(config.zone());
            all.forEach(em::persist);
            em.flush();
            comments(all.get(0));
        }
        List<String> lines = new ArrayList<>();
        lines.add("Podium is starting in demo mode"
                + (config.embeddedDatabase() ? " on the embedded database (./data)" : "") + ".");
        lines.add("Open http://localhost:" + Banner.port() + "/ once Payara Micro lists its URLs.");
        lines.add("Demo logins (password for all: "
                + (config.demoPassword().isPresent() ? "the value of PODIUM_DEMO_PASSWORD" : password) + "):");
        lines.add("  administrator   admin" + DOMAIN);
        lines.add("  clerk           clerk" + DOMAIN);
        lines.add("  council member  council" + DOMAIN);
        lines.add("  resident        resident" + DOMAIN);
        if (!config.demoPassword().isPresent()) {
            lines.add("The password is new at every start unless PODIUM_DEMO_PASSWORD is set; accounts created");
            lines.add("at an earlier start keep that start's password.");
        }
        Banner.print(lines);
    }

    /**
     * Comments on the levy item, so that the moderation queue has something to show: some published, some waiting,
     * with what the pre-screen finds in them (a phone number to redact, an obscenity, a link, a throw-away address),
     * what the analysis reads in them, and a form letter sent three times (one campaign).
     */
    static final String LETTER = "Dear Council Members, I am writing to oppose the proposed property tax levy increase "
            + "of sixty million dollars. Seniors on fixed incomes cannot absorb another increase without losing their "
            + "homes. The city should find savings in its own budget first. Please vote no on this ordinance.";

    void comments(Meeting council) {
        AgendaItem levy = council.getItems().stream()
                .filter(i -> i.getNumber().equals("4.a"))
                .findFirst()
                .orElseThrow();
        PreScreen screen = PreScreen.standard();
        Instant now = Instant.now();
        Object[][] rows = {
            {
                Channel.LETTER,
                Position.OPPOSE,
                "I am 78 and live on Social Security. Another $60 million on the levy means "
                        + "choosing between my property tax and my medicine. Please pass the senior exemption or vote no.",
                "Dorothy Hale",
                null,
                true
            },
            {
                Channel.EMAIL,
                Position.SUPPORT,
                "The library branch on our block is open four days a week. The $18 million "
                        + "for libraries and streets is worth it; please vote yes.",
                "Marcus Webb",
                "marcus.webb@example.org",
                true
            },
            {
                Channel.WEB,
                Position.OPPOSE,
                "Pensions were underfunded for decades and now homeowners pay for it. Cut "
                        + "consultants before raising the levy.",
                null,
                "anon.taxpayer@example.org",
                true
            },
            {
                Channel.WEB,
                Position.OPPOSE,
                "My landlord already raised the rent twice. Call him yourself at "
                        + "(312) 555-0142 and ask where the money goes.",
                "Luis Ortega",
                "luis.ortega@example.org",
                false
            },
            {
                Channel.WEB,
                Position.OPPOSE,
                "This levy is bullshit and everyone on the council knows it.",
                null,
                "angry.voter@example.org",
                false
            },
            {
                Channel.EMAIL,
                Position.SUPPORT,
                "Great article on levies at www.example.com/levy-explained, read it before " + "you vote.",
                "J. Park",
                "jpark@mailinator.com",
                false
            },
            {
                Channel.CARD,
                Position.NEUTRAL,
                "Please publish how much of the levy goes to each pension fund.",
                "Ana Ruiz",
                null,
                false
            },
            // a form letter, three times: one campaign
            {Channel.EMAIL, Position.OPPOSE, LETTER, "Walter Brooks", "w.brooks@example.org", false},
            {
                Channel.EMAIL,
                Position.OPPOSE,
                LETTER + " Signed, a neighbour on Elm Street.",
                "Grace Kim",
                "grace.kim@example.org",
                false
            },
            {Channel.EMAIL, Position.OPPOSE, LETTER, "Tomás Díaz", "tdiaz@example.org", false},
        };
        int n = 0;
        for (Object[] r : rows) {
            Instant at = now.minusSeconds(3600L * (rows.length - n++));
            Comment c = new Comment(
                    levy,
                    (Channel) r[0],
                    (Position) r[1],
                    (String) r[2],
                    (String) r[3],
                    r[3] == null,
                    (String) r[4],
                    null,
                    at,
                    false);
            PreScreen.Result result = screen.screen(c.getBody(), c.getEmail(), false);
            c.screened(result.flagCodes(), Span.format(result.suggested()));
            if (c.getChannel() == Channel.WEB) {
                c.verifyEmail(at);
            }
            em.persist(c);
            em.flush();
            c.assignTrackingNumber();
            insight.analyse(c); // what the machine reads in it, as for any comment received
            if ((Boolean) r[5]) {
                c.decide(
                        CommentStatus.PUBLISHED,
                        null,
                        at.plusSeconds(600),
                        new CommentDecision.Actor(null, "Carmen Clerk"));
            }
        }
    }

    static List<Meeting> meetings(ZoneId zone) {
        LocalDate today = LocalDate.now(zone);
        Instant published = Instant.now().minusSeconds(3600);

        Meeting council = new Meeting(
                "City Council",
                "Regular Meeting of the City Council",
                today.plusDays(9).atTime(LocalTime.of(10, 0)).atZone(zone).toInstant(),
                "Council Chamber, City Hall, 121 N. LaSalle St., 2nd floor",
                "Watch live on the city's channel. Remote speakers receive a call-in number and a PIN by e-mail "
                        + "the day before the meeting.");
        council.addItem(new AgendaItem(
                "1",
                "Public comment (general)",
                null,
                "Residents may address the Council on any matter within its jurisdiction. 3 minutes per speaker, "
                        + "30 minutes in total (Rule 58E).",
                null,
                true,
                null,
                null));
        council.addItem(new AgendaItem(
                "4.a",
                "Ordinance: 2027 property tax levy increase of $60 million",
                "O2026-0041873",
                "Amends the 2027 annual appropriation ordinance to raise the corporate property tax levy by "
                        + "$60,000,000, with $42 million for police and fire pension contributions and $18 million "
                        + "for the Chicago Public Library and street maintenance. An exemption is proposed for "
                        + "seniors on fixed incomes.",
                "https://www.chicago.gov/city/en/depts/obm.html",
                true,
                null,
                null));
        council.addItem(new AgendaItem(
                "4.b",
                "Appropriation: emergency shelter operations, $25.4 million",
                "O2026-0042011",
                "Appropriates $25.4 million from the Corporate Fund for emergency shelter operations through "
                        + "June 2027, including 1,200 winter beds and case management.",
                null,
                true,
                null,
                null));
        council.addItem(new AgendaItem(
                "5",
                "Amendment to the Welcoming City Ordinance",
                "O2026-0039902",
                "Amends Chapter 2-173 of the Municipal Code concerning cooperation between city agencies and "
                        + "federal civil immigration enforcement.",
                null,
                true,
                null,
                null));
        council.addItem(new AgendaItem(
                "6",
                "Zoning map amendment: 1200-1248 W. Fulton Market, " + "from M2-3 to DX-5",
                "SO2026-0040117",
                "Rezoning to permit a 14-storey mixed-use building with 220 dwelling units, 44 of them "
                        + "affordable, and ground-floor retail.",
                null,
                true,
                null,
                null));
        council.addItem(new AgendaItem(
                "7",
                "Communications and reports",
                null,
                "Reports of committees received and filed.",
                null,
                false,
                null,
                null));
        council.publishAgenda(published);

        Meeting finance = new Meeting(
                "Committee on Finance",
                "Committee on Finance: 2027 budget hearings",
                today.plusDays(4).atTime(LocalTime.of(13, 0)).atZone(zone).toInstant(),
                "Room 201A, City Hall",
                "Public comment by phone: instructions are e-mailed after sign-up.");
        finance.addItem(new AgendaItem(
                "1",
                "Hearing: Department of Streets and Sanitation budget",
                null,
                "Department presentation and questions on the proposed 2027 budget.",
                null,
                true,
                null,
                null));
        finance.addItem(new AgendaItem(
                "2",
                "Hearing: Department of Family and Support Services budget",
                null,
                "Includes funding for emergency shelters and senior services.",
                null,
                true,
                null,
                null));
        finance.publishAgenda(published);

        Meeting draft = new Meeting(
                "Committee on Zoning, Landmarks and Building Standards",
                "Committee on Zoning: monthly meeting",
                today.plusDays(21).atTime(LocalTime.of(10, 0)).atZone(zone).toInstant(),
                "Council Chamber, City Hall",
                null);
        draft.addItem(new AgendaItem(
                "1",
                "Landmark designation: the former Pilsen branch library",
                "D2026-0007",
                null,
                null,
                true,
                null,
                null));

        Meeting past = new Meeting(
                "City Council",
                "Regular Meeting of the City Council",
                today.minusDays(19).atTime(LocalTime.of(10, 0)).atZone(zone).toInstant(),
                "Council Chamber, City Hall, 121 N. LaSalle St., 2nd floor",
                null);
        past.addItem(new AgendaItem(
                "3",
                "Ordinance: speed camera program changes",
                "O2026-0031200",
                "Changes the speed threshold for camera citations near parks and schools.",
                null,
                true,
                null,
                null));
        past.publishAgenda(today.minusDays(30).atStartOfDay(zone).toInstant());
        past.moveTo(MeetingStatus.IN_PROGRESS);
        past.moveTo(MeetingStatus.ADJOURNED);

        return List.of(council, finance, draft, past);
    }

    private static String generatePassword() {
        String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                b.append('-');
            }
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
