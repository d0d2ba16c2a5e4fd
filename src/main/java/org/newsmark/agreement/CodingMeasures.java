package org.newsmark.agreement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.dkpro.statistics.agreement.InsufficientDataException;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.coding.PercentageAgreement;
import org.dkpro.statistics.agreement.distance.IDistanceFunction;
import org.dkpro.statistics.agreement.distance.IntervalDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;

/**
 * The coding measures of one coding study (items coded by a fixed list of coders, null where a
 * coder gave no value), computed by DKPro Statistics itself:
 * <ul>
 * <li>percentage agreement over the items at least two coders coded (DKPro's definition, which
 * weighs an item by its number of values);</li>
 * <li>Cohen's kappa (two coders) and Fleiss' kappa, over the items every coder coded (they are
 * not defined for missing values);</li>
 * <li>Krippendorff's alpha, nominal and, where the values are ordered, ordinal and interval, with
 * missing values.</li>
 * </ul>
 * A measure the data do not allow (one value only, no item two coders coded) is null, with the
 * reason in {@link Result#notes()}.
 */
public final class CodingMeasures {

    /** What the values are: only told apart, or also ordered (choices in their listed order), or numbers. */
    public enum Scale { NOMINAL, ORDINAL, INTERVAL }

    /**
     * @param items          items two or more coders coded (the study's size)
     * @param completeItems  items every coder coded (what Cohen's and Fleiss' kappa use)
     */
    public record Result(int items, int completeItems, Double percentage, Double cohenKappa, Double fleissKappa,
            Double alphaNominal, Double alphaOrdinal, Double alphaInterval, List<String> notes) {
        public Result {
            notes = List.copyOf(notes);
        }
    }

    private CodingMeasures() {
    }

    /**
     * @param raters the number of coders
     * @param items  each item's values, one per coder, null where missing; ordered and interval values
     *               are numbers (Integer for an order, Double for measurements)
     */
    public static Result of(int raters, List<Object[]> items, Scale scale) {
        List<String> notes = new ArrayList<>();
        CodingAnnotationStudy all = new CodingAnnotationStudy(raters);
        CodingAnnotationStudy complete = new CodingAnnotationStudy(raters);
        int pairable = 0;
        int completeCount = 0;
        for (Object[] item : items) {
            if (item.length != raters) {
                throw new IllegalArgumentException("An item has one value per coder");
            }
            long values = Arrays.stream(item).filter(Objects::nonNull).count();
            if (values == 0) {
                continue;
            }
            all.addItemAsArray(item.clone());
            if (values >= 2) {
                pairable++;
            }
            if (values == raters) {
                complete.addItemAsArray(item.clone());
                completeCount++;
            }
        }
        Double percentage = pairable == 0 ? none(notes, "no item was coded by two coders")
                : measure(notes, "percentage agreement", () -> new PercentageAgreement(all).calculateAgreement());
        Double cohen = null;
        if (raters == 2) {
            cohen = completeCount == 0 ? none(notes, "Cohen's kappa: no item was coded by both coders")
                    : measure(notes, "Cohen's kappa", () -> new CohenKappaAgreement(complete).calculateAgreement());
        }
        Double fleiss = raters < 2 || completeCount == 0 ? none(notes, "Fleiss' kappa: no item was coded by every coder")
                : measure(notes, "Fleiss' kappa", () -> new FleissKappaAgreement(complete).calculateAgreement());
        Double nominal = alpha(notes, all, pairable, new NominalDistanceFunction(), "nominal");
        // DKPro orders only whole numbers (a choice's place in its list); measurements are compared by interval alone.
        Double ordinal = scale == Scale.ORDINAL ? alpha(notes, all, pairable, new OrdinalDistanceFunction(), "ordinal") : null;
        Double interval = scale == Scale.INTERVAL || scale == Scale.ORDINAL
                ? alpha(notes, all, pairable, new IntervalDistanceFunction(), "interval") : null;
        return new Result(pairable, completeCount, percentage, cohen, fleiss, nominal, ordinal, interval, notes);
    }

    private static Double alpha(List<String> notes, CodingAnnotationStudy study, int pairable, IDistanceFunction distance,
            String name) {
        if (pairable == 0) {
            return null;
        }
        return measure(notes, "Krippendorff's alpha (" + name + ")",
                () -> new KrippendorffAlphaAgreement(study, distance).calculateAgreement());
    }

    private static Double measure(List<String> notes, String name, Supplier<Double> measure) {
        try {
            double value = measure.get();
            if (Double.isNaN(value)) {
                notes.add(name + ": not defined for these values");
                return null;
            }
            return value;
        } catch (InsufficientDataException | ArithmeticException | IllegalArgumentException e) {
            notes.add(name + ": " + (e.getMessage() == null ? "not defined for these values" : e.getMessage()));
            return null;
        }
    }

    private static Double none(List<String> notes, String why) {
        notes.add(why);
        return null;
    }
}
