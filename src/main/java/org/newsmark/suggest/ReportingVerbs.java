package org.newsmark.suggest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The verbs that report what someone said, wrote, thought or wanted, in every form news writing
 * uses them ("says", "said", "saying", "has said"), sorted into classes by how surely they signal an
 * attribution. The classes and their members come from the verb classes of reporting verbs
 * (communication, argument, assessment, belief, intention, evidence) and were weighed on the train
 * split of PolNeAR: a verb whose forms were annotated as cues in fewer than about a third of their
 * occurrences is left out ("make", "support" as a noun, "know").
 */
final class ReportingVerbs {

    /** How a verb form signals an attribution. */
    enum Strength {
        /** Speech and writing: "said", "told", "wrote", "tweeted", "according to". */
        SPEECH,
        /** Argument, judgement and announcement: "argued", "accused", "warned", "called for", "cited". */
        REPORT,
        /** Belief, wish, intention, evidence: "believes", "wants", "hopes", "shows", "found". */
        ATTITUDE
    }

    /** A verb form: its strength, and whether it is also a common noun ("claims", "calls", "report"). */
    record Form(Strength strength, boolean alsoANoun, boolean participle) {
    }

    private static final Map<String, Form> FORMS = new HashMap<>();

    static {
        // Speech and writing.
        verb(Strength.SPEECH, "say says said saying", "");
        verb(Strength.SPEECH, "tells told telling", "");
        verb(Strength.SPEECH, "add adds added adding", "");
        verb(Strength.SPEECH, "write writes wrote writing", "");
        verb(Strength.SPEECH, "tweet tweets tweeted tweeting", "tweet tweets");
        verb(Strength.SPEECH, "ask asks asked asking", "");
        verb(Strength.SPEECH, "explain explains explained explaining", "");
        verb(Strength.SPEECH, "announce announces announced announcing", "");
        verb(Strength.SPEECH, "declare declares declared declaring", "");
        verb(Strength.SPEECH, "stated stating", "");
        verb(Strength.SPEECH, "note notes noted noting", "note notes");
        verb(Strength.SPEECH, "reply replies replied replying", "reply replies");
        verb(Strength.SPEECH, "respond responds responded responding", "");
        verb(Strength.SPEECH, "report reports reported reporting", "report reports reporting");
        verb(Strength.SPEECH, "recall recalls recalled recalling", "recall recalls");
        verb(Strength.SPEECH, "mention mentions mentioned mentioning", "mention mentions");
        verb(Strength.SPEECH, "describe describes described describing", "");
        verb(Strength.SPEECH, "reiterate reiterates reiterated reiterating", "");
        verb(Strength.SPEECH, "repeat repeats repeated repeating", "");
        verb(Strength.SPEECH, "joke jokes joked joking", "joke jokes");
        verb(Strength.SPEECH, "quip quips quipped quipping", "quip quips");
        verb(Strength.SPEECH, "shout shouts shouted shouting", "");
        verb(Strength.SPEECH, "remark remarks remarked remarking", "remark remarks");
        verb(Strength.SPEECH, "comment comments commented commenting", "comment comments");
        verb(Strength.SPEECH, "emailed emailing", "");
        verb(Strength.SPEECH, "post posts posted", "post posts");
        verb(Strength.SPEECH, "reveal reveals revealed revealing", "");
        verb(Strength.SPEECH, "disclose discloses disclosed disclosing", "");
        verb(Strength.SPEECH, "confirm confirms confirmed confirming", "");
        verb(Strength.SPEECH, "continue continues continued", "");
        verb(Strength.SPEECH, "read reads", "read");
        // Argument, judgement, announcement.
        verb(Strength.REPORT, "claim claims claimed claiming", "claim claims");
        verb(Strength.REPORT, "argue argues argued arguing", "");
        verb(Strength.REPORT, "insist insists insisted insisting", "");
        verb(Strength.REPORT, "contend contends contended contending", "");
        verb(Strength.REPORT, "assert asserts asserted asserting", "");
        verb(Strength.REPORT, "suggest suggests suggested suggesting", "");
        verb(Strength.REPORT, "warn warns warned warning", "warning");
        verb(Strength.REPORT, "urge urges urged urging", "urge urges");
        verb(Strength.REPORT, "stress stresses stressed stressing", "stress stresses");
        verb(Strength.REPORT, "emphasize emphasizes emphasized emphasizing emphasise emphasises emphasised", "");
        verb(Strength.REPORT, "acknowledge acknowledges acknowledged acknowledging", "");
        verb(Strength.REPORT, "admit admits admitted admitting", "");
        verb(Strength.REPORT, "concede concedes conceded conceding", "");
        verb(Strength.REPORT, "deny denies denied denying", "");
        verb(Strength.REPORT, "conclude concludes concluded concluding", "");
        verb(Strength.REPORT, "predict predicts predicted predicting", "");
        verb(Strength.REPORT, "promise promises promised promising", "promise promises promising");
        verb(Strength.REPORT, "vow vows vowed vowing", "vow vows");
        verb(Strength.REPORT, "boast boasts boasted boasting", "boast boasts");
        verb(Strength.REPORT, "brag brags bragged bragging", "");
        verb(Strength.REPORT, "complain complains complained complaining", "");
        verb(Strength.REPORT, "criticize criticizes criticized criticizing criticise criticises criticised criticising", "");
        verb(Strength.REPORT, "praise praises praised praising", "praise praises");
        verb(Strength.REPORT, "accuse accuses accused accusing", "accused");
        verb(Strength.REPORT, "blame blames blamed blaming", "blame");
        verb(Strength.REPORT, "attacked", "");
        verb(Strength.REPORT, "slam slams slammed slamming", "slam");
        verb(Strength.REPORT, "blast blasts blasted blasting", "blast blasts");
        verb(Strength.REPORT, "condemn condemns condemned condemning", "");
        verb(Strength.REPORT, "denounce denounces denounced denouncing", "");
        verb(Strength.REPORT, "decry decries decried decrying", "");
        verb(Strength.REPORT, "lament laments lamented lamenting", "");
        verb(Strength.REPORT, "mock mocks mocked mocking", "");
        verb(Strength.REPORT, "dismiss dismisses dismissed dismissing", "");
        verb(Strength.REPORT, "reject rejects rejected rejecting", "");
        verb(Strength.REPORT, "defend defends defended defending", "");
        verb(Strength.REPORT, "question questions questioned questioning", "question questions");
        verb(Strength.REPORT, "challenge challenges challenged", "challenge challenges");
        verb(Strength.REPORT, "tout touts touted touting", "");
        verb(Strength.REPORT, "cite cites cited citing", "");
        verb(Strength.REPORT, "endorses endorsed endorsing", "");
        verb(Strength.REPORT, "echo echoes echoed echoing", "echo");
        verb(Strength.REPORT, "express expresses expressed expressing", "express");
        verb(Strength.REPORT, "indicate indicates indicated indicating", "");
        verb(Strength.REPORT, "signal signals signaled signalled signaling signalling", "signal signals");
        verb(Strength.REPORT, "hint hints hinted hinting", "hint hints");
        verb(Strength.REPORT, "assure assures assured assuring", "");
        verb(Strength.REPORT, "remind reminds reminded reminding", "");
        verb(Strength.REPORT, "estimate estimates estimated estimating", "estimate estimates");
        verb(Strength.REPORT, "propose proposes proposed proposing", "");
        verb(Strength.REPORT, "demand demands demanded demanding", "demand demands demanding");
        verb(Strength.REPORT, "rail railed railing", "rail");
        verb(Strength.REPORT, "decline declines declined declining", "decline declines declining");
        verb(Strength.REPORT, "refuse refuses refused refusing", "");
        verb(Strength.REPORT, "agree agrees agreed agreeing", "");
        verb(Strength.REPORT, "disagree disagrees disagreed disagreeing", "");
        verb(Strength.REPORT, "thank thanks thanked thanking", "thanks");
        verb(Strength.REPORT, "plead pleads pleaded pleading", "");
        verb(Strength.REPORT, "order ordered", "order");
        verb(Strength.REPORT, "threaten threatens threatened threatening", "threatening");
        verb(Strength.REPORT, "portray portrays portrayed portraying", "");
        verb(Strength.REPORT, "label labels labeled labelled labeling labelling", "label labels");
        verb(Strength.REPORT, "dub dubs dubbed dubbing", "");
        verb(Strength.REPORT, "call calls called calling", "call calls calling");
        verb(Strength.REPORT, "refer refers referred referring", "");
        verb(Strength.REPORT, "point pointed pointing", "point");
        verb(Strength.REPORT, "voice voices voiced voicing", "voice voices");
        verb(Strength.REPORT, "issue issues issued issuing", "issue issues");
        verb(Strength.REPORT, "name names named naming", "name names");
        verb(Strength.REPORT, "discuss discusses discussed discussing", "");
        verb(Strength.REPORT, "talk talks talked", "talk talks");
        verb(Strength.REPORT, "offer offers offered offering", "offer offers offering");
        verb(Strength.REPORT, "sound sounds sounded", "sound sounds");
        verb(Strength.REPORT, "request requests requested requesting", "request requests");
        verb(Strength.REPORT, "charge charges charged charging", "charge charges");
        verb(Strength.REPORT, "identify identifies identified identifying", "");
        verb(Strength.REPORT, "list lists listed listing", "list lists listing");
        verb(Strength.REPORT, "deem deems deemed deeming", "");
        verb(Strength.REPORT, "highlight highlights highlighted highlighting", "highlight highlights");
        verb(Strength.REPORT, "encourage encourages encouraged encouraging", "");
        verb(Strength.REPORT, "project projects projected projecting", "project projects");
        verb(Strength.REPORT, "convince convinces convinced convincing", "");
        verb(Strength.REPORT, "remember remembers remembered remembering", "");
        verb(Strength.REPORT, "caution cautions cautioned cautioning", "caution");
        verb(Strength.REPORT, "retweet retweets retweeted retweeting", "retweet retweets");
        verb(Strength.REPORT, "quote quotes quoted quoting", "quote quotes");
        verb(Strength.REPORT, "chant chants chanted chanting", "chant chants");
        verb(Strength.REPORT, "assail assails assailed assailing", "");
        verb(Strength.REPORT, "applaud applauds applauded applauding", "");
        verb(Strength.REPORT, "reference references referenced referencing", "reference references");
        verb(Strength.REPORT, "bemoan bemoans bemoaned bemoaning", "");
        verb(Strength.REPORT, "champion champions championed championing", "champion champions");
        verb(Strength.REPORT, "welcome welcomes welcomed welcoming", "welcome");
        verb(Strength.REPORT, "embrace embraces embraced embracing", "embrace");
        verb(Strength.REPORT, "forecast forecasts forecasting", "forecast forecasts");
        verb(Strength.REPORT, "recommend recommends recommended recommending", "");
                verb(Strength.REPORT, "answer answers answered answering", "answer answers");
        verb(Strength.REPORT, "present presents presented presenting", "present presents");
        verb(Strength.REPORT, "allege alleges alleged alleging", "alleged");
        verb(Strength.REPORT, "back backed backing", "back backing");
        verb(Strength.REPORT, "supported", "");
        verb(Strength.REPORT, "vote votes voted voting", "vote votes voting");
        verb(Strength.REPORT, "address addresses addressed addressing", "address");
        verb(Strength.REPORT, "characterize characterizes characterized characterizing characterise characterised", "");
        verb(Strength.REPORT, "concur concurs concurred", "");
        verb(Strength.REPORT, "counter counters countered countering", "counter");
        verb(Strength.REPORT, "object objects objected objecting", "object objects");
        verb(Strength.REPORT, "protest protests protested protesting", "protest protests");
        verb(Strength.REPORT, "apologize apologizes apologized apologizing apologise apologised", "");
        verb(Strength.REPORT, "insult insults insulted insulting", "insult insults");
        verb(Strength.REPORT, "ridicule ridicules ridiculed ridiculing", "ridicule");
        verb(Strength.REPORT, "scold scolds scolded scolding", "");
        verb(Strength.REPORT, "chide chides chided chiding", "");
        verb(Strength.REPORT, "lash lashed lashing", "lash");
        verb(Strength.REPORT, "hail hails hailed hailing", "hail");
        verb(Strength.REPORT, "commend commends commended commending", "");
        verb(Strength.REPORT, "congratulate congratulates congratulated congratulating", "");
        verb(Strength.REPORT, "fault faults faulted faulting", "fault faults");
        verb(Strength.REPORT, "accept accepts accepted accepting", "");
        verb(Strength.REPORT, "advise advises advised advising", "");
        verb(Strength.REPORT, "inform informs informed informing", "");
        verb(Strength.REPORT, "swear swears swore sworn", "");
        verb(Strength.REPORT, "guarantee guarantees guaranteed", "guarantee guarantees");
        verb(Strength.REPORT, "testify testifies testified testifying", "");
        verb(Strength.REPORT, "speculate speculates speculated speculating", "");
        verb(Strength.REPORT, "wonder wonders wondered wondering", "wonder");
        verb(Strength.REPORT, "muse muses mused musing", "muse");
        verb(Strength.REPORT, "observe observes observed observing", "");
        verb(Strength.REPORT, "push pushes pushed pushing", "push");
        verb(Strength.REPORT, "press presses pressed pressing", "press");
        verb(Strength.REPORT, "share shares shared sharing", "share shares");
        verb(Strength.REPORT, "rule rules ruled ruling", "rule rules ruling");
        verb(Strength.REPORT, "ignore ignores ignored ignoring", "");
        verb(Strength.REPORT, "promote promotes promoted promoting", "");
        verb(Strength.REPORT, "favor favors favored favour favours favoured", "favor favour");
        // Belief, wish, intention, evidence.
        verb(Strength.ATTITUDE, "believe believes believing", "");
        verb(Strength.ATTITUDE, "think thinks thinking", "thinking");
        verb(Strength.ATTITUDE, "wants", "");
        verb(Strength.ATTITUDE, "hope hopes hoped hoping", "hope hopes");
        verb(Strength.ATTITUDE, "fear fears feared fearing", "fear fears");
        verb(Strength.ATTITUDE, "worry worries worried", "worry worries worried");
        verb(Strength.ATTITUDE, "expect", "");
        verb(Strength.ATTITUDE, "intend intends intended intending", "");
        verb(Strength.ATTITUDE, "show shows showed shown showing", "show shows showing");
        verb(Strength.ATTITUDE, "finds found", "");
        verb(Strength.ATTITUDE, "doubt doubts doubted doubting", "doubt doubts");
        verb(Strength.ATTITUDE, "decide decides decided deciding", "");
        verb(Strength.ATTITUDE, "consider considers considered considering", "");
        verb(Strength.ATTITUDE, "learn learns learned learnt", "");
        verb(Strength.ATTITUDE, "sees", "");
        verb(Strength.ATTITUDE, "prefer prefers preferred preferring", "");
        verb(Strength.ATTITUDE, "insinuate insinuates insinuated insinuating", "");
        verb(Strength.ATTITUDE, "imply implies implied implying", "");
        verb(Strength.ATTITUDE, "assume assumes assumed assuming", "");
    }

    private ReportingVerbs() {
    }

    private static void verb(Strength strength, String forms, String nouns) {
        java.util.Set<String> alsoNouns = java.util.Set.of(nouns.isBlank() ? new String[0] : nouns.split(" "));
        for (String form : forms.split(" ")) {
            FORMS.putIfAbsent(form, new Form(strength, alsoNouns.contains(form), form.endsWith("ing")));
        }
    }

    /** The form of a reporting verb that {@code lower} is, or null. */
    static Form form(String lower) {
        return FORMS.get(lower.toLowerCase(Locale.ROOT));
    }
}
