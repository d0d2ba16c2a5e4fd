package org.newsmark.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Property: whatever changes the source goes through, the copy equals it once a frame has passed. */
class FrameDelayedListTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @RepeatedTest(25)
    void theCopyCatchesUpWithEveryKindOfChange(RepetitionInfo repetition) throws Exception {
        Random random = new Random(repetition.getCurrentRepetition());
        ObservableList<Integer> source = FXCollections.observableArrayList();
        FrameDelayedList<Integer>[] delayed = new FrameDelayedList[1];
        WaitForAsyncUtils.asyncFx(() -> delayed[0] = new FrameDelayedList<>(source, new Label())).get();

        for (int round = 0; round < 20; round++) {
            WaitForAsyncUtils.asyncFx(() -> {
                for (int step = 0; step < 1 + random.nextInt(5); step++) {
                    change(source, random);
                }
            }).get();
            // The copy catches up in a later turn of the event loop; this read is queued after it.
            List<Integer> copy = WaitForAsyncUtils.asyncFx(() -> List.copyOf(delayed[0].items())).get();
            List<Integer> expected = WaitForAsyncUtils.asyncFx(() -> List.copyOf(source)).get();
            assertThat(copy).isEqualTo(expected);
        }
    }

    private static void change(ObservableList<Integer> list, Random random) {
        int kind = random.nextInt(7);
        int size = list.size();
        switch (kind) {
            case 0, 1 -> list.add(size == 0 ? 0 : random.nextInt(size + 1), random.nextInt(100));
            case 2 -> {
                if (size > 0) {
                    list.remove(random.nextInt(size));
                }
            }
            case 3 -> {
                if (size > 0) {
                    list.set(random.nextInt(size), random.nextInt(100));
                }
            }
            case 4 -> {
                List<Integer> fresh = new ArrayList<>();
                for (int i = 0; i < random.nextInt(8); i++) {
                    fresh.add(random.nextInt(100));
                }
                list.setAll(fresh);
            }
            case 5 -> list.sort(Comparator.naturalOrder());
            default -> list.removeIf(value -> value % 3 == 0);
        }
    }
}
