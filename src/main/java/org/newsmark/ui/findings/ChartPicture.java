package org.newsmark.ui.findings;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.XYChart;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * A chart as a PNG picture fit for print: drawn afresh off screen at 16 × 10 cm, snapshotted at
 * 300 dots per inch (1890 × 1181 pixels) on white, with that resolution written into the file so
 * word processors place it at its size. JavaFX charts draw no SVG; the CSV of the table is there for
 * redrawing a chart in R or Python as vector graphics.
 */
final class ChartPicture {

    static final double WIDTH_CM = 16;
    static final double HEIGHT_CM = 10;
    static final int DPI = 300;
    /** JavaFX lays out at 96 logical pixels per inch. */
    private static final double LAYOUT_DPI = 96;

    private ChartPicture() {
    }

    /** Must run on the JavaFX thread. */
    static WritableImage render(Charts.Kind kind, ChartData data, java.util.List<String> stylesheets) {
        double width = WIDTH_CM / 2.54 * LAYOUT_DPI;
        double height = HEIGHT_CM / 2.54 * LAYOUT_DPI;
        XYChart<String, Number> chart = Charts.create(kind, "chart-picture");
        StackPane root = new StackPane(chart);
        root.setStyle("-fx-background-color: white; -fx-padding: 6;");
        Scene scene = new Scene(root, width, height, Color.WHITE);
        scene.getStylesheets().setAll(stylesheets);
        root.getStylesheets().add(ChartPicture.class.getResource("findings.css").toExternalForm());
        Charts.show(chart, data);
        root.applyCss();
        root.layout();
        Charts.colour(chart, data);
        root.layout();
        double scale = DPI / LAYOUT_DPI;
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        parameters.setTransform(Transform.scale(scale, scale));
        return root.snapshot(parameters, new WritableImage((int) Math.round(width * scale), (int) Math.round(height * scale)));
    }

    /** The snapshot's pixels, copied on the JavaFX thread so the PNG can be written on another. */
    static BufferedImage pixels(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage pixels = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader reader = image.getPixelReader();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            reader.getPixels(0, y, width, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, width);
            pixels.setRGB(0, y, width, 1, row, 0, width);
        }
        return pixels;
    }

    /** Writes the picture as PNG through a temporary file, so a failure never leaves half a picture. */
    static void write(BufferedImage pixels, Path target) throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try {
            Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
            ImageWriter writer = writers.next();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(partial.toFile())) {
                writer.setOutput(out);
                IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(pixels), null);
                withResolution(metadata);
                writer.write(new IIOImage(pixels, null, metadata));
            } finally {
                writer.dispose();
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The PNG pHYs chunk: pixels per metre in both directions. */
    private static void withResolution(IIOMetadata metadata) throws IOException {
        String perMetre = String.valueOf(Math.round(DPI / 0.0254));
        IIOMetadataNode physical = new IIOMetadataNode("pHYs");
        physical.setAttribute("pixelsPerUnitXAxis", perMetre);
        physical.setAttribute("pixelsPerUnitYAxis", perMetre);
        physical.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(physical);
        metadata.mergeTree("javax_imageio_png_1.0", root);
    }
}
