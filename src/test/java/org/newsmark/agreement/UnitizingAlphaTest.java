package org.newsmark.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * alpha_U against DKPro Statistics' published test cases (fixtures/agreement/unitizing_cases.json,
 * from DKPro's own tests; see the README there), and against DKPro itself on random studies: the
 * port must give DKPro's numbers exactly, overlaps, nesting, duplicates and empty units included.
 */
class UnitizingAlphaTest {

    private static JsonNode cases() throws IOException {
        try (InputStream in = UnitizingAlphaTest.class.getResourceAsStream("/fixtures/agreement/unitizing_cases.json")) {
            return new ObjectMapper().readTree(in).path("cases");
        }
    }

    private static JsonNode caseNamed(String id) throws IOException {
        for (JsonNode c : cases()) {
            if (c.path("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no case " + id);
    }

    private static UnitizingStudy study(JsonNode c, double stretch) {
        UnitizingStudy study = new UnitizingStudy(c.path("raters").asInt(), (long) (c.path("continuum").path("begin").asLong() * stretch),
                (int) (c.path("continuum").path("length").asLong() * stretch));
        for (JsonNode unit : c.path("units")) {
            study.addUnit((int) (unit.path("begin").asLong() * stretch), (int) (unit.path("length").asLong() * stretch),
                    unit.path("rater").asInt(), unit.path("category").asText());
        }
        return study;
    }

    /** Checks every expected value of a case: "alpha_u", "observed", "expected", or "C.alpha" and the like. */
    private static void check(UnitizingAlpha alpha, JsonNode expected) {
        Iterator<Map.Entry<String, JsonNode>> fields = expected.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (!value.has("value")) {
                continue;
            }
            double tolerance = value.path("tol").asDouble();
            double want = value.path("value").asDouble();
            String key = field.getKey();
            double actual = switch (key) {
                case "alpha_u" -> alpha.agreement();
                case "observed" -> alpha.observedDisagreement();
                case "expected" -> alpha.expectedDisagreement();
                default -> {
                    String category = key.substring(0, key.indexOf('.'));
                    String measure = key.substring(key.indexOf('.') + 1);
                    UnitizingAlpha.CategoryResult result = alpha.category(category);
                    yield measure.equals("alpha") ? result.alpha() : measure.equals("observed") ? result.observed() : result.expected();
                }
            };
            assertThat(actual).as(key).isCloseTo(want, within(tolerance));
        }
    }

    @Test
    void krippendorff2004() throws IOException {
        JsonNode c = caseNamed("U-2");
        check(new UnitizingAlpha(study(c, 1)), c.path("expected"));
    }

    @Test
    void krippendorff1995AtEveryStretch() throws IOException {
        JsonNode c = caseNamed("U-3");
        Iterator<Map.Entry<String, JsonNode>> stretches = c.path("expected_by_stretch").fields();
        while (stretches.hasNext()) {
            Map.Entry<String, JsonNode> stretch = stretches.next();
            check(new UnitizingAlpha(study(c, Double.parseDouble(stretch.getKey()))), stretch.getValue());
        }
    }

    @Test
    void smallAndDegenerateStudies() throws IOException {
        for (String id : new String[] {"U-4a", "U-4b", "U-4d", "U-4e", "U-4f"}) {
            JsonNode c = caseNamed(id);
            check(new UnitizingAlpha(study(c, 1)), c.path("expected"));
        }
        JsonNode f = caseNamed("U-4f");
        assertThat(new UnitizingAlpha(study(f, 1)).expectedDisagreement()).isPositive();
    }

    @Test
    void aStudyWithoutUnitsHasNoAlpha() throws IOException {
        assertThat(new UnitizingAlpha(study(caseNamed("U-4c"), 1)).agreement()).isNaN();
    }

    @Test
    void oneCategoryMeansTheOverallIsThatCategorys() {
        UnitizingStudy study = new UnitizingStudy(2, 0, 40).addUnit(2, 10, 0, "Source").addUnit(3, 9, 1, "Source");
        UnitizingAlpha alpha = new UnitizingAlpha(study);
        assertThat(alpha.agreement()).isEqualTo(alpha.categoryAgreement("Source"));
        assertThat(alpha.agreement()).isBetween(0.0, 1.0);
    }

    @Test
    void oneCoderGivesNoAlpha() {
        UnitizingStudy study = new UnitizingStudy(1, 0, 40).addUnit(2, 10, 0, "Source");
        assertThat(outcome(new UnitizingAlpha(study)::agreement)).isEqualTo(outcome(dkpro(study)::calculateAgreement))
                .isEqualTo(Double.NaN);
    }

    @Test
    void theOverallIsOneMinusMeanObservedOverMeanExpected() throws IOException {
        UnitizingAlpha alpha = new UnitizingAlpha(study(caseNamed("U-2"), 1));
        double meanAlphas = (alpha.categoryAgreement("c") + alpha.categoryAgreement("k")) / 2;
        double observed = (alpha.category("c").observed() + alpha.category("k").observed()) / 2;
        double expected = (alpha.category("c").expected() + alpha.category("k").expected()) / 2;
        assertThat(alpha.agreement()).isEqualTo(1 - observed / expected).isNotCloseTo(meanAlphas, within(1e-3));
    }

    /** Random studies, many with overlapping, nested, repeated and empty units, three to six coders. */
    @RepeatedTest(300)
    void equalsDkproExactly(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition() * 7919L);
        int raters = 1 + random.nextInt(6);
        int length = 1 + random.nextInt(random.nextBoolean() ? 60 : 3000);
        int begin = random.nextInt(3) == 0 ? random.nextInt(200) : 0;
        UnitizingStudy study = new UnitizingStudy(raters, begin, length);
        String[] categories = {"Source", "Cue", "Content", "Speaker"};
        int units = random.nextInt(40);
        boolean tidy = random.nextBoolean();
        for (int i = 0; i < units; i++) {
            int rater = random.nextInt(raters);
            int start = random.nextInt(length);
            int unitLength = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(Math.max(1, Math.min(length - start, tidy ? 12 : 400)));
            study.addUnit(begin + start, unitLength, rater, categories[random.nextInt(tidy ? 2 : categories.length)]);
        }
        UnitizingAlpha ours = new UnitizingAlpha(study);
        KrippendorffAlphaUnitizingAgreement theirs = dkpro(study);
        for (String category : study.categories()) {
            assertThat(outcome(() -> ours.categoryAgreement(category))).as(category)
                    .isEqualTo(outcome(() -> theirs.calculateCategoryAgreement(category)));
        }
        assertThat(outcome(ours::agreement)).isEqualTo(outcome(theirs::calculateAgreement));
    }

    /** The value (NaN equal to NaN), or the kind of exception thrown. */
    private static Object outcome(java.util.function.DoubleSupplier measure) {
        try {
            return Double.valueOf(measure.getAsDouble());
        } catch (RuntimeException e) {
            return e.getClass();
        }
    }

    private static KrippendorffAlphaUnitizingAgreement dkpro(UnitizingStudy study) {
        UnitizingAnnotationStudy theirs = new UnitizingAnnotationStudy(study.raters(), study.begin(), study.length());
        study.units().forEach(unit -> theirs.addUnit(unit.begin(), unit.length(), unit.rater(), unit.category()));
        return new KrippendorffAlphaUnitizingAgreement(theirs);
    }
}
