package org.newsmark.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsmark.model.Category;
import org.newsmark.model.Codebook;

/** A new category's colour is one no other category has, however many there are. */
class NewCategoryColourTest {

    @Test
    void fortyCategoriesAddedOneByOneAllLookDifferent() {
        List<Category> categories = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            String colour = CodebookEdits.unusedColour(new Codebook(categories, List.of()));
            assertThat(colour).matches("#[0-9A-F]{6}");
            assertThat(seen.add(colour)).as("colour %d, %s, is new", i, colour).isTrue();
            categories.add(Category.simple(i + 1, "Category " + i, colour, null, "", i));
        }
    }
}
