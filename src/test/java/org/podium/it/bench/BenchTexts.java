package org.podium.it.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Comment texts for the submission benchmarks, made from the comment's serial number (the same number gives the same
 * text): varied texts that read like residents' own (a few sentences drawn from many, so that no two are near
 * duplicates), and a campaign mix where half the comments are copies of three form letters, signed.
 */
final class BenchTexts {

    private static final List<String> OPENINGS = List.of(
            "I live in the %s ward and",
            "As a homeowner on %s Street I",
            "My family has rented on %s Avenue for years and we",
            "I run a small shop near %s and I",
            "As a retired teacher from %s I",
            "Our block club on %s Street has talked about this and we",
            "I am a nurse who lives near %s and I",
            "Speaking for myself, a parent in %s, I");
    private static final List<String> PLACES = List.of(
            "Fulton",
            "Ashland",
            "Halsted",
            "Cermak",
            "Pulaski",
            "Damen",
            "Western",
            "Kedzie",
            "Lawrence",
            "Belmont",
            "Irving Park",
            "Roosevelt",
            "Archer",
            "Ogden",
            "Clark");
    private static final List<String> VIEWS = List.of(
            "oppose the levy increase as written.",
            "cannot support a sixty million dollar increase this year.",
            "support the levy if the money is audited.",
            "think the council should phase the increase over three years.",
            "would like to know how much goes to each pension fund before the vote.",
            "am worried that rents will go up again when landlords pass the tax on.",
            "support funding the pensions but not through property taxes alone.",
            "believe the increase is the responsible choice after years of delay.");
    private static final List<String> DETAILS = List.of(
            "Our assessment went up %d percent last year while our income did not.",
            "The last reassessment already added $%d to our bill.",
            "Seniors on my block pay about $%d a month in property tax already.",
            "The library branch near us closed %d days a month because of cuts.",
            "We were told in %d that the pension hole would be closed by now.",
            "A hearing at %d in the morning is hard for working people to attend.",
            "The city could collect about $%d million from unpaid fines first.",
            "Our water bill went up %d percent on top of everything else.",
            "My neighbor had to sell a house her family owned for %d years.",
            "The budget office has not explained the %d page appendix on debt service.");
    private static final List<String> CLOSINGS = List.of(
            "Please vote no.",
            "Please delay the vote until the audit is public.",
            "Please publish the numbers before you decide.",
            "Thank you for reading this.",
            "Please consider a homestead exemption for long-time owners.",
            "I ask the council to look for other revenue first.",
            "Please answer these questions at the hearing.",
            "I will be watching how my alderman votes.");

    private static final List<String> LETTERS = List.of(
            "Dear Council Members, I am writing to urge you to vote no on the proposed property tax levy increase. "
                    + "Families in our city are already struggling with rising costs for housing, food and energy. "
                    + "Seniors on fixed incomes cannot absorb another increase of this size. "
                    + "Before asking residents for more, the city should audit its pension contributions and cut waste. "
                    + "Please stand with taxpayers and reject this increase.",
            "To the City Council: I support fully funding our pension obligations, but this levy increase places the "
                    + "burden on homeowners alone. A fair plan would share the cost among all who use city services. "
                    + "I ask that you send the levy back to committee and return with a balanced proposal. "
                    + "Working families deserve a plan that does not force them out of their homes.",
            "Honorable Aldermen, the proposed levy increase is the responsible way to keep the promises made to police "
                    + "officers, firefighters, teachers and city workers. Delaying again will only make the bill larger for "
                    + "our children. I urge you to vote yes and to publish a clear plan for how every dollar is spent.");

    private BenchTexts() {}

    /** A resident's own text: an opening with a place, a view, two details with numbers, a closing. */
    static String varied(long n) {
        SplittableRandom r = new SplittableRandom(n * 0x9E3779B97F4A7C15L);
        String detail1 = pick(r, DETAILS);
        String detail2 = pick(r, DETAILS);
        while (detail2.equals(detail1)) {
            detail2 = pick(r, DETAILS);
        }
        return String.format(pick(r, OPENINGS), pick(r, PLACES)) + " " + pick(r, VIEWS) + " "
                + String.format(detail1, 2 + r.nextInt(400)) + " " + String.format(detail2, 2 + r.nextInt(400)) + " "
                + pick(r, CLOSINGS) + " (" + n + ")";
    }

    /** Every other comment one of three form letters, signed with the sender's name; the rest varied. */
    static String campaign(long n) {
        if (n % 2 == 0) {
            return varied(n);
        }
        return LETTERS.get((int) ((n / 2) % LETTERS.size())) + " Sincerely, Bench " + n;
    }

    /** Which form letter a text of {@link #campaign} copies, or −1. */
    static int letterOf(String text) {
        for (int i = 0; i < LETTERS.size(); i++) {
            if (text.startsWith(LETTERS.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String pick(SplittableRandom r, List<String> from) {
        return from.get(r.nextInt(from.size()));
    }
}
