package org.newsmark.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** Long work the window shows while it runs (an import, an export): how far it is, and a way to stop it. */
public interface TaskProgress {

    ReadOnlyBooleanProperty runningProperty();

    /** From 0 to 1, or -1 when the amount of work is not known yet. */
    ReadOnlyDoubleProperty progressProperty();

    ReadOnlyStringProperty statusProperty();

    /** Stops the work at its next safe point (between two articles); what it finished stays. */
    void cancel();
}
