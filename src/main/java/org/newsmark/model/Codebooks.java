package org.newsmark.model;

import java.util.List;

/** The codebooks a new project can start with. */
public final class Codebooks {

    private Codebooks() {
    }

    /**
     * News sourcing: who is given a voice, what is asserted, which experts are quoted and what
     * background frames the story. Colours are from the Okabe-Ito palette, told apart with colour-blindness.
     */
    public static List<CategoryDraft> newsSourcing() {
        return List.of(
                new CategoryDraft("Speaker", "#0072B2", "1",
                        "A person or body given a voice: their name, title, role, or a pronoun that refers to them."),
                new CategoryDraft("Claim", "#D55E00", "2",
                        "An assertion of fact or opinion that a reader could question, whoever makes it, the article included."),
                new CategoryDraft("Expert quote", "#009E73", "3",
                        "What an outside expert says, quoted directly in quotation marks or reported indirectly."),
                new CategoryDraft("Context", "#CC79A7", "4",
                        "Background the journalist supplies: history, definitions, statistics, earlier events."));
    }
}
