package org.newsmark.model;

import java.util.ArrayList;
import java.util.List;

/** The codebooks a new project can start with. Descriptions are coding instructions, shown as tooltips. */
public final class Codebooks {

    public static final String NEWS_SOURCING = "News sourcing";
    public static final String MEDIA_FRAMES = "Media frames";

    private Codebooks() {
    }

    /** The built-in codebooks, the default first. */
    public static List<CodebookDraft> builtIn() {
        return List.of(newsSourcing(), mediaFrames());
    }

    /**
     * News sourcing: who is given a voice, what is asserted, which experts are quoted, what background
     * frames the story, and the cues that signal attribution. Colours are from the Okabe-Ito palette,
     * told apart with colour-blindness.
     */
    public static CodebookDraft newsSourcing() {
        List<CategoryDraft> speakers = List.of(
                sub("Politician", "#2B83C6", "An elected or campaigning politician, or a party."),
                sub("Expert", "#4A97D0", "Someone quoted for their expertise: academic, analyst, researcher."),
                sub("Journalist", "#69ABDA", "A reporter, presenter or the outlet itself."),
                sub("Official", "#1F6FA8", "A civil servant, police, military or agency official."),
                sub("Spokesperson", "#175A8A", "Someone speaking for an organisation or campaign."),
                sub("Citizen", "#88BFE4", "A member of the public: witness, voter, user."),
                sub("Organisation", "#0E456C", "A company, body or group speaking as such."));
        return new CodebookDraft(NEWS_SOURCING, List.of(
                new CategoryDraft("Speaker", "#0072B2", "1",
                        "A person or body given a voice: their name, title, role, or a pronoun that refers to them.",
                        CategoryRole.SOURCE,
                        List.of(AttributeDraft.text("Role as described", "The title or role the article gives them here.")),
                        speakers),
                new CategoryDraft("Claim", "#D55E00", "2",
                        "An assertion of fact or opinion that a reader could question, whoever makes it, the article included.",
                        CategoryRole.CONTENT,
                        List.of(AttributeDraft.choice("Challenged in the text",
                                        "Does the article question or contradict the claim?", "yes", "no", "partly"),
                                AttributeDraft.yesNo("Evidence given", "Does the article give evidence for it?"),
                                AttributeDraft.yesNo("Checkable", "Could the claim be checked against facts?")),
                        List.of()),
                new CategoryDraft("Expert quote", "#009E73", "3",
                        "What an outside expert says, quoted directly in quotation marks or reported indirectly.",
                        CategoryRole.CONTENT,
                        List.of(AttributeDraft.choice("Direct or indirect",
                                        "Direct: in quotation marks. Indirect: reported speech.", "direct", "indirect"),
                                AttributeDraft.text("Field of expertise", "What the expert is an expert in.")),
                        List.of()),
                new CategoryDraft("Context", "#CC79A7", "4",
                        "Background the journalist supplies: history, definitions, statistics, earlier events.",
                        CategoryRole.CONTEXT,
                        List.of(AttributeDraft.choice("Kind", "What sort of background it is.",
                                "background", "history", "definition", "statistic")),
                        List.of()),
                new CategoryDraft("Cue", "#8C8C8C", "5",
                        "The words that signal an attribution: \"said\", \"told the BBC\", \"according to\", a colon.",
                        CategoryRole.CUE, List.of(), List.of())),
                List.of(AttributeDraft.choice("Genre", "What kind of piece the article is.",
                                "news report", "interview", "analysis", "opinion", "other"),
                        AttributeDraft.choice("Balance of sources", "Are the sides of the story given a voice?",
                                "one-sided", "some balance", "balanced")));
    }

    private static CategoryDraft sub(String name, String color, String description) {
        return new CategoryDraft(name, color, null, description, null, List.of(), List.of());
    }

    /**
     * The fifteen framing dimensions of the Media Frames Corpus (Card, Boydstun, Gross, Resnik and
     * Smith 2015; codebook by Boydstun et al. 2014), for spans and as each article's primary frame,
     * with the article's tone towards the issue.
     */
    public static CodebookDraft mediaFrames() {
        String[][] frames = {
                {"Economic", "#1F77B4", "Costs, benefits or other financial implications."},
                {"Capacity and resources", "#FF7F0E", "Whether there is enough time, money, staff or material."},
                {"Morality", "#2CA02C", "Religious or ethical implications; duty; right and wrong."},
                {"Fairness and equality", "#D62728", "How rights, burdens and resources are shared; discrimination."},
                {"Legality, constitutionality and jurisprudence", "#9467BD", "Laws, courts, rights and the limits of authority."},
                {"Policy prescription and evaluation", "#8C564B", "Policies proposed, and whether policies work."},
                {"Crime and punishment", "#E377C2", "Breaking rules, enforcing them, and penalties."},
                {"Security and defense", "#7F7F7F", "Threats to people, communities or the nation, and defence against them."},
                {"Health and safety", "#BCBD22", "Health care, disease, injury and public safety."},
                {"Quality of life", "#17BECF", "Effects on people's wealth, routines, mobility and wellbeing."},
                {"Cultural identity", "#AEC7E8", "Traditions, customs and values of a group."},
                {"Public opinion", "#FFBB78", "What the public thinks: polls, protests, popular sentiment."},
                {"Political", "#98DF8A", "Politics and politicians: parties, elections, lobbying, manoeuvring."},
                {"External regulation and reputation", "#FF9896", "A nation's standing abroad, foreign policy, international relations."},
                {"Other", "#C5B0D5", "A frame that fits none of the above."}};
        String[] keys = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "0", "q", "w", "e", "r", "t"};
        List<CategoryDraft> categories = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < frames.length; i++) {
            categories.add(new CategoryDraft(frames[i][0], frames[i][1], keys[i], frames[i][2]));
            names.add(frames[i][0]);
        }
        return new CodebookDraft(MEDIA_FRAMES, categories, List.of(
                new AttributeDraft("Primary frame", AttributeType.CHOICE, names, "The frame that dominates the article."),
                AttributeDraft.choice("Tone", "The article's tone towards the issue studied.", "pro", "neutral", "anti")));
    }
}
