package org.newsmark.ui.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A chart saved as a picture is drawn at print size, in its series' colours, and says its resolution. */
class ChartPictureTest {

    @TempDir
    Path folder;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aChartIsSavedAsA300DpiPngOf16By10Centimetres() throws Exception {
        ChartData data = new ChartData("Speaker types' shares of quotes, per outlet", "% of the outlet's quotes",
                List.of("BBC", "All outlets"), List.of(new ChartData.Series("Expert", "#E69F00", List.of(60.0, 50.0)),
                        new ChartData.Series("Politician", "#0072B2", List.of(40.0, 50.0))));

        WritableImage image = WaitForAsyncUtils.asyncFx(() -> ChartPicture.render(Charts.Kind.STACKED_BARS, data, List.of())).get();
        BufferedImage pixels = WaitForAsyncUtils.asyncFx(() -> ChartPicture.pixels(image)).get();
        Path file = folder.resolve("voices.png");
        ChartPicture.write(pixels, file);

        BufferedImage read = ImageIO.read(file.toFile());
        assertThat(read.getWidth()).isEqualTo(1890);
        assertThat(read.getHeight()).isEqualTo(1181);
        assertThat(colours(read)).contains(0xE69F00, 0x0072B2, 0xFFFFFF);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
            IIOMetadataNode physical = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
            assertThat(physical.getAttribute("pixelsPerUnitXAxis")).isEqualTo("11811");
            assertThat(physical.getAttribute("unitSpecifier")).isEqualTo("meter");
        }
        assertThat(folder.resolve("voices.png.part")).doesNotExist();
    }

    private static java.util.Set<Integer> colours(BufferedImage image) {
        java.util.Set<Integer> found = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                found.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return found;
    }
}
