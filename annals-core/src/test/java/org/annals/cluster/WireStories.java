package org.annals.cluster;

/**
 * A wire story, republications of it with the edits outlets make, and other stories on the same subject: the
 * texts the near-duplicate tests of the cluster and store packages share. Written for these tests.
 */
public final class WireStories {

    /** The wire story as filed. */
    public static final String WIRE = """
            Colombia expelled two Venezuelan diplomats on Tuesday, accusing them of meddling in its domestic \
            politics, the foreign ministry in Bogota said.

            The ministry said the two officials had met opposition figures without notice and ordered them to \
            leave the country within 72 hours.

            Venezuela's foreign minister rejected the accusation as a fabrication and said Caracas would respond \
            in kind.

            Relations between the two neighbours have been strained since 2019, when Bogota recognised the \
            Venezuelan opposition leader as interim president.

            Trade across the long shared border has nonetheless recovered over the past year, and flights between \
            the two capitals resumed in November.

            A spokesman for the Colombian president declined to say whether the ambassador in Caracas would be \
            recalled.""";

    /** Republished with an added closing paragraph (and, in the tests, another headline). */
    public static final String WITH_ADDED_PARAGRAPH = WIRE + """


            The expulsions come a week after soldiers of both countries exchanged fire near the border town of \
            Cucuta, an incident each side blamed on the other.""";

    /** Republished with paragraphs in another order, a dateline and a publisher's boilerplate line. */
    public static final String REORDERED_WITH_BOILERPLATE = """
            BOGOTA (Daily Courier) -

            The ministry said the two officials had met opposition figures without notice and ordered them to \
            leave the country within 72 hours.

            Colombia expelled two Venezuelan diplomats on Tuesday, accusing them of meddling in its domestic \
            politics, the foreign ministry in Bogota said.

            Venezuela's foreign minister rejected the accusation as a fabrication and said Caracas would respond \
            in kind.

            Trade across the long shared border has nonetheless recovered over the past year, and flights between \
            the two capitals resumed in November.

            Relations between the two neighbours have been strained since 2019, when Bogota recognised the \
            Venezuelan opposition leader as interim president.

            A spokesman for the Colombian president declined to say whether the ambassador in Caracas would be \
            recalled.

            Sign up for our morning briefing to get the day's top stories in your inbox.""";

    /** Another outlet's own story of the same event: same facts, its own words. */
    public static final String SAME_EVENT_OWN_WORDS = """
            Bogota has ordered two diplomats from Venezuela's embassy out of the country, saying they interfered \
            in Colombian politics.

            The envoys have three days to go. Caracas called the charge invented and promised a reciprocal \
            measure.

            The two governments have been at odds for years over the Venezuelan opposition.""";

    /** A different story on the same subject. */
    public static final String OTHER_STORY = """
            Venezuela and Colombia reopened a second border bridge on Saturday, allowing cargo lorries to cross \
            between San Antonio and Cucuta for the first time in seven years.

            Officials from both countries attended a ceremony on the bridge, where they promised to cut customs \
            delays and to fight smuggling.

            Traders on both sides welcomed the move, saying the closure had cost them most of their business.""";

    private WireStories() {
    }
}
