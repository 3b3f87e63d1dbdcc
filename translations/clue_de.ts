<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AugmentWizard</name>
    <message>
        <source>Augment dataset</source>
        <translation>Datensatz erweitern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>BackgroundPanel</name>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Compute mask</source>
        <translation>Maske berechnen</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open the reference image whose background the result keeps (or drop an image on the canvas)</source>
        <translation>Das Referenzbild öffnen, dessen Hintergrund das Ergebnis übernimmt (oder ein Bild auf die Leinwand ziehen)</translation>
    </message>
    <message>
        <source>No reference image</source>
        <translation>Kein Referenzbild</translation>
    </message>
    <message>
        <source>The reference image</source>
        <translation>Das Referenzbild</translation>
    </message>
    <message>
        <source>Describe the image, naming the subject</source>
        <translation>Beschreiben Sie das Bild und nennen Sie das Subjekt</translation>
    </message>
    <message>
        <source>Prompt of the new image; pick one of the model&apos;s class prompts or write your own</source>
        <translation>Prompt des neuen Bildes; wählen Sie einen Klassen-Prompt des Modells oder schreiben Sie einen eigenen</translation>
    </message>
    <message>
        <source>A word of the prompt</source>
        <translation>Ein Wort des Prompts</translation>
    </message>
    <message>
        <source>Subject word: the part of the image its tokens drive is kept (the mask); the rest takes the reference&apos;s background</source>
        <translation>Subjektwort: Der Bildteil, den seine Tokens steuern, bleibt erhalten (die Maske); der Rest übernimmt den Hintergrund der Referenz</translation>
    </message>
    <message>
        <source>Sampler; one step is one scheduler step</source>
        <translation>Sampler; ein Schritt ist ein Scheduler-Schritt</translation>
    </message>
    <message>
        <source>Sampling steps N (img2img runs the last strength × N of them)</source>
        <translation>Sampling-Schritte N (img2img führt die letzten Stärke × N davon aus)</translation>
    </message>
    <message>
        <source>Denoising strength of the img2img start: 1 = from pure noise; plain img2img is run at the same strength for comparison</source>
        <translation>Entrauschungsstärke des img2img-Starts: 1 = aus reinem Rauschen; einfaches img2img läuft zum Vergleich mit derselben Stärke</translation>
    </message>
    <message>
        <source>CFG scale: how strictly the image follows the prompt</source>
        <translation>CFG-Skala: wie streng das Bild dem Prompt folgt</translation>
    </message>
    <message>
        <source>Seed: the replacement and plain img2img use the same noise</source>
        <translation>Seed: Ersetzung und einfaches img2img verwenden dasselbe Rauschen</translation>
    </message>
    <message>
        <source>A new random seed</source>
        <translation>Ein neuer zufälliger Seed</translation>
    </message>
    <message>
        <source>Manipulation steps, counted from 0 in this img2img run: at each, the mask is computed and the background latents are replaced (e.g. 2, 3, 4 or 2-4)</source>
        <translation>Manipulationsschritte, ab 0 gezählt in diesem img2img-Lauf: In jedem wird die Maske berechnet und die Hintergrund-Latents werden ersetzt (z. B. 2, 3, 4 oder 2-4)</translation>
    </message>
    <message>
        <source>Abs-Grad-SAM</source>
        <translation>Abs-Grad-SAM</translation>
    </message>
    <message>
        <source>Attention only</source>
        <translation>Nur Attention</translation>
    </message>
    <message>
        <source>ReLU Grad-SAM</source>
        <translation>ReLU-Grad-SAM</translation>
    </message>
    <message>
        <source>Importance map: attention × |gradient| (the method), attention alone (the ablation), or attention × ReLU(gradient) (the original Grad-SAM)</source>
        <translation>Wichtigkeitskarte: Attention × |Gradient| (die Methode), Attention allein (die Ablation) oder Attention × ReLU(Gradient) (das ursprüngliche Grad-SAM)</translation>
    </message>
    <message>
        <source>Run up to the last manipulation step and show the importance map and mask of each step, without generating the image</source>
        <translation>Bis zum letzten Manipulationsschritt rechnen und Wichtigkeitskarte und Maske jedes Schritts zeigen, ohne das Bild zu erzeugen</translation>
    </message>
    <message>
        <source>Generate with background replacement, then plain img2img for comparison (Ctrl+Enter)</source>
        <translation>Mit Hintergrundersetzung generieren, danach einfaches img2img zum Vergleich (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Stop after the current step (Esc)</source>
        <translation>Nach dem aktuellen Schritt anhalten (Esc)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Subject word</source>
        <translation>Subjektwort</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>Sampler</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>CFG scale</source>
        <translation>CFG-Skala</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Replace at steps</source>
        <translation>Ersetzen bei Schritten</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Wichtigkeit</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pinsel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Background replacement&lt;/b&gt;</source>
        <translation>&lt;b&gt;Hintergrundersetzung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Replace at steps: whole numbers from 0, separated by commas, e.g. 2, 3, 4</source>
        <translation>Ersetzen bei Schritten: ganze Zahlen ab 0, durch Kommas getrennt, z. B. 2, 3, 4</translation>
    </message>
    <message>
        <source>Choose the subject: a word of the prompt.</source>
        <translation>Wählen Sie das Subjekt: ein Wort des Prompts.</translation>
    </message>
    <message>
        <source>“%1” is not a word of the prompt.</source>
        <translation>„%1“ ist kein Wort des Prompts.</translation>
    </message>
    <message>
        <source>This run has %1 steps: 0 … %2.</source>
        <translation>Dieser Lauf hat %1 Schritte: 0 … %2.</translation>
    </message>
    <message>
        <source>Whole numbers from 0, e.g. 2, 3, 4 or 2-4.</source>
        <translation>Ganze Zahlen ab 0, z. B. 2, 3, 4 oder 2-4.</translation>
    </message>
</context>
<context>
    <name>BackgroundResultPanel</name>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>The result: generated subject, background from the reference</source>
        <translation>Das Ergebnis: generiertes Subjekt, Hintergrund aus der Referenz</translation>
    </message>
    <message>
        <source>Plain img2img from the reference at the same strength and seed (the comparison)</source>
        <translation>Einfaches img2img aus der Referenz mit derselben Stärke und demselben Seed (der Vergleich)</translation>
    </message>
    <message>
        <source>The reference as the model saw it (resized to the output size)</source>
        <translation>Die Referenz, wie das Modell sie sah (auf die Ausgabegröße skaliert)</translation>
    </message>
    <message>
        <source>Background fidelity of the result: PSNR and SSIM against the reference, weighted by the background (1 − mask)</source>
        <translation>Hintergrundtreue des Ergebnisses: PSNR und SSIM gegenüber der Referenz, gewichtet mit dem Hintergrund (1 − Maske)</translation>
    </message>
    <message>
        <source>Background fidelity of plain img2img, measured in the same background</source>
        <translation>Hintergrundtreue des einfachen img2img, im selben Hintergrund gemessen</translation>
    </message>
    <message>
        <source>The VAE&apos;s own reconstruction of the reference in the same background: the best the replacement can reach</source>
        <translation>Die eigene VAE-Rekonstruktion der Referenz im selben Hintergrund: das Beste, was die Ersetzung erreichen kann</translation>
    </message>
    <message>
        <source>Save the result with its parameters, plain img2img, the mask and the overlay in the outputs folder</source>
        <translation>Das Ergebnis mit seinen Parametern, das einfache img2img, die Maske und die Überlagerung im Ausgabeordner speichern</translation>
    </message>
    <message>
        <source>∞</source>
        <translation>∞</translation>
    </message>
    <message>
        <source>Background PSNR %1 dB · SSIM %2</source>
        <translation>Hintergrund-PSNR %1 dB · SSIM %2</translation>
    </message>
    <message>
        <source>Replacing the background: previews follow (%1 steps) …</source>
        <translation>Hintergrund wird ersetzt: Vorschauen folgen (%1 Schritte) …</translation>
    </message>
    <message>
        <source>Plain img2img runs after it</source>
        <translation>Einfaches img2img läuft danach</translation>
    </message>
    <message>
        <source>Preview · step %1 of %2</source>
        <translation>Vorschau · Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Background replaced</source>
        <translation>Hintergrund ersetzt</translation>
    </message>
    <message>
        <source>Plain img2img</source>
        <translation>Einfaches img2img</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Plain img2img was not run</source>
        <translation>Einfaches img2img wurde nicht ausgeführt</translation>
    </message>
    <message>
        <source>VAE reconstruction: %1</source>
        <translation>VAE-Rekonstruktion: %1</translation>
    </message>
    <message>
        <source>Measured inside the inverted mask of step %1 (%2 % of the image is background).</source>
        <translation>Gemessen in der invertierten Maske von Schritt %1 (%2 % des Bildes sind Hintergrund).</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>BackgroundView</name>
    <message>
        <source>The manipulation step whose importance map and mask are shown</source>
        <translation>Der Manipulationsschritt, dessen Wichtigkeitskarte und Maske gezeigt werden</translation>
    </message>
    <message>
        <source>Importance map</source>
        <translation>Wichtigkeitskarte</translation>
    </message>
    <message>
        <source>Show the importance map of the subject word over the reference (contrast stretched between its 2nd and 98th percentile)</source>
        <translation>Die Wichtigkeitskarte des Subjektworts über der Referenz zeigen (Kontrast zwischen 2. und 98. Perzentil gestreckt)</translation>
    </message>
    <message>
        <source>Opacity of the importance map</source>
        <translation>Deckkraft der Wichtigkeitskarte</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Maske</translation>
    </message>
    <message>
        <source>Outline the mask: the subject (kept) tinted blue, the background (taken from the reference) dimmed</source>
        <translation>Die Maske umranden: das Subjekt (bleibt) blau getönt, der Hintergrund (aus der Referenz) abgedunkelt</translation>
    </message>
    <message>
        <source>Green strokes add to the subject, red strokes erase from it</source>
        <translation>Grüne Striche fügen zum Subjekt hinzu, rote entfernen davon</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>%1×%2 image</source>
        <translation>Bild %1×%2</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image: %2</source>
        <translation>%1 kann nicht als Bild gelesen werden: %2</translation>
    </message>
    <message>
        <source>Reference: %1 (%2×%3)</source>
        <translation>Referenz: %1 (%2×%3)</translation>
    </message>
    <message>
        <source>Open a reference image</source>
        <translation>Ein Referenzbild öffnen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Open a reference image first (or drop one on the canvas).</source>
        <translation>Öffnen Sie zuerst ein Referenzbild (oder ziehen Sie eines auf die Leinwand).</translation>
    </message>
    <message>
        <source>Choose the subject word from the prompt.</source>
        <translation>Wählen Sie das Subjektwort aus dem Prompt.</translation>
    </message>
    <message>
        <source>The subject “%1” is not a word of the prompt.</source>
        <translation>Das Subjekt „%1“ ist kein Wort des Prompts.</translation>
    </message>
    <message>
        <source>A background run is already going.</source>
        <translation>Ein Hintergrundlauf läuft bereits.</translation>
    </message>
    <message>
        <source>Open a model first.</source>
        <translation>Öffnen Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <source>Compute mask</source>
        <translation>Maske berechnen</translation>
    </message>
    <message>
        <source>Replace background</source>
        <translation>Hintergrund ersetzen</translation>
    </message>
    <message>
        <source>Computing the mask …</source>
        <translation>Maske wird berechnet …</translation>
    </message>
    <message>
        <source>Background replacement queued.</source>
        <translation>Hintergrundersetzung eingereiht.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 and %n more file(s)</source>
        <translation>
            <numerusform>%1 und %n weitere Datei gespeichert</numerusform>
            <numerusform>%1 und %n weitere Dateien gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Background replacement cancelled.</source>
        <translation>Hintergrundersetzung abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>Mask computed at %n step(s).</source>
        <translation>
            <numerusform>Maske in %n Schritt berechnet.</numerusform>
            <numerusform>Maske in %n Schritten berechnet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Background replaced.</source>
        <translation>Hintergrund ersetzt.</translation>
    </message>
    <message>
        <source>Background replacement failed</source>
        <translation>Die Hintergrundersetzung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The result could not be exported</source>
        <translation>Das Ergebnis konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Subject “%1”: %2 token(s) · mask %3×%4, %5 % subject</source>
        <translation>Subjekt „%1“: %2 Token · Maske %3×%4, %5 % Subjekt</translation>
    </message>
    <message>
        <source>Reference · importance map and mask of step %1</source>
        <translation>Referenz · Wichtigkeitskarte und Maske von Schritt %1</translation>
    </message>
    <message>
        <source>Export background result</source>
        <translation>Hintergrundergebnis exportieren</translation>
    </message>
    <message>
        <source>Loading %1 …</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <source>Open a model to start (File ▸ Open model), then a reference image</source>
        <translation>Öffnen Sie zum Start ein Modell (Datei ▸ Modell öffnen), dann ein Referenzbild</translation>
    </message>
    <message>
        <source>Open a reference image (Parameters ▸ Reference) or drop one here, then choose the subject word of the prompt</source>
        <translation>Öffnen Sie ein Referenzbild (Parameter ▸ Referenz) oder ziehen Sie eines hierher, und wählen Sie dann das Subjektwort des Prompts</translation>
    </message>
    <message>
        <source>Compute mask shows the importance map; paint to add or erase</source>
        <translation>„Maske berechnen“ zeigt die Wichtigkeitskarte; malen Sie, um hinzuzufügen oder zu entfernen</translation>
    </message>
    <message>
        <source>Generate (Ctrl+Enter): the result, plain img2img and the reference appear here side by side</source>
        <translation>Generieren (Strg+Eingabe): Ergebnis, einfaches img2img und Referenz erscheinen hier nebeneinander</translation>
    </message>
</context>
<context>
    <name>BrushGroup</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Paint the subject: painted areas are kept (green)</source>
        <translation>Das Subjekt malen: bemalte Bereiche bleiben erhalten (grün)</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Paint the background: painted areas take the reference (red)</source>
        <translation>Den Hintergrund malen: bemalte Bereiche übernehmen die Referenz (rot)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last stroke (Ctrl+Z)</source>
        <translation>Den letzten Strich rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo the stroke undone last (Ctrl+Shift+Z)</source>
        <translation>Den zuletzt rückgängig gemachten Strich wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Remove every stroke (undoable)</source>
        <translation>Alle Striche entfernen (rückgängig machbar)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Brush diameter in pixels of the reference image</source>
        <translation>Pinseldurchmesser in Pixeln des Referenzbildes</translation>
    </message>
    <message>
        <source>Soft brush edge: how much of the radius fades out (the mask counts what is more than half painted)</source>
        <translation>Weiche Pinselkante: wie viel des Radius ausblendet (die Maske zählt, was mehr als zur Hälfte bemalt ist)</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pinsel</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Feather</source>
        <translation>Weiche Kante</translation>
    </message>
</context>
<context>
    <name>CosinePlot</name>
    <message>
        <source>Direction cosine per swap step λ: cos(z_λ − z_neutral, z_last − z_neutral). 1 everywhere: a straight trajectory; lower values: it bends.</source>
        <translation>Richtungskosinus je Wechselschritt λ: cos(z_λ − z_neutral, z_last − z_neutral). Überall 1: eine gerade Trajektorie; kleinere Werte: sie krümmt sich.</translation>
    </message>
    <message>
        <source>swap step λ</source>
        <translation>Wechselschritt λ</translation>
    </message>
    <message>
        <source>direction cosine</source>
        <translation>Richtungskosinus</translation>
    </message>
</context>
<context>
    <name>CurvePreview</name>
    <message>
        <source>Curve position t along the Bézier path (0: the neutral image, 1: the strongest edit). Moving shows the nearest frame at once; when the slider rests, the exact point is decoded.</source>
        <translation>Kurvenposition t entlang des Bézier-Pfads (0: das neutrale Bild, 1: die stärkste Änderung). Beim Verschieben erscheint sofort das nächste Einzelbild; ruht der Regler, wird der genaue Punkt dekodiert.</translation>
    </message>
    <message>
        <source>Curve position</source>
        <translation>Kurvenposition</translation>
    </message>
    <message>
        <source>Bézier path</source>
        <translation>Bézier-Pfad</translation>
    </message>
    <message>
        <source>t = %1 · frame %2 of %3</source>
        <translation>t = %1 · Einzelbild %2 von %3</translation>
    </message>
    <message>
        <source>t = %1 · nearest frame %2 of %3 (decoding the exact point …)</source>
        <translation>t = %1 · nächstes Einzelbild %2 von %3 (der genaue Punkt wird dekodiert …)</translation>
    </message>
    <message>
        <source>t = %1 · exact point of the Bézier path</source>
        <translation>t = %1 · genauer Punkt des Bézier-Pfads</translation>
    </message>
</context>
<context>
    <name>DatasetPanel</name>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Skipped file</source>
        <translation>Übersprungene Datei</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Images per class in the training and validation splits (the split is stable: it follows each file&apos;s content hash)</source>
        <translation>Bilder pro Klasse in Trainings- und Validierungsteil (die Aufteilung ist stabil: sie folgt dem Inhalts-Hash jeder Datei)</translation>
    </message>
    <message>
        <source>Files that were left out, and why</source>
        <translation>Ausgelassene Dateien und der Grund</translation>
    </message>
    <message>
        <source>Choose a dataset (a folder with one sub-folder per class, or a CSV manifest) in the Parameters dock and press Scan</source>
        <translation>Wählen Sie im Parameter-Dock einen Datensatz (einen Ordner mit einem Unterordner pro Klasse oder ein CSV-Manifest) und klicken Sie auf „Prüfen“</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <source>No file was skipped.</source>
        <translation>Keine Datei wurde übersprungen.</translation>
    </message>
    <message>
        <source>Skipped files: %1</source>
        <translation>Übersprungene Dateien: %1</translation>
    </message>
    <message>
        <source>%1 · classes: %2 · training images: %3 · validation images: %4</source>
        <translation>%1 · Klassen: %2 · Trainingsbilder: %3 · Validierungsbilder: %4</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>CLUE Studio — Error</source>
        <translation>CLUE Studio — Fehler</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Show the technical details of this error</source>
        <translation>Technische Details zu diesem Fehler anzeigen</translation>
    </message>
    <message>
        <source>Error code %1 (%2)</source>
        <translation>Fehlercode %1 (%2)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>The file or folder was not found.</source>
        <translation>Die Datei oder der Ordner wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The file is incomplete or damaged.</source>
        <translation>Die Datei ist unvollständig oder beschädigt.</translation>
    </message>
    <message>
        <source>The file is not in a format CLUE Studio can read.</source>
        <translation>Die Datei liegt in einem Format vor, das CLUE Studio nicht lesen kann.</translation>
    </message>
    <message>
        <source>This file format can run code when loaded (pickle). Convert it to .safetensors first.</source>
        <translation>Dieses Dateiformat kann beim Laden Code ausführen (Pickle). Wandeln Sie die Datei zuerst in .safetensors um.</translation>
    </message>
    <message>
        <source>The file could not be written. Check the folder and free disk space.</source>
        <translation>Die Datei konnte nicht geschrieben werden. Prüfen Sie den Ordner und den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>The model&apos;s weights do not match its architecture.</source>
        <translation>Die Gewichte des Modells passen nicht zu seiner Architektur.</translation>
    </message>
    <message>
        <source>The model&apos;s configuration is invalid.</source>
        <translation>Die Konfiguration des Modells ist ungültig.</translation>
    </message>
    <message>
        <source>This kind of model is not supported.</source>
        <translation>Diese Art von Modell wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The device ran out of memory. Try a smaller image size or close other programs.</source>
        <translation>Der Speicher des Geräts reicht nicht aus. Versuchen Sie eine kleinere Bildgröße oder schließen Sie andere Programme.</translation>
    </message>
    <message>
        <source>The requested device is not available.</source>
        <translation>Das gewünschte Gerät ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>A parameter is out of range.</source>
        <translation>Ein Parameter liegt außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>A file could not be read or written.</source>
        <translation>Eine Datei konnte nicht gelesen oder geschrieben werden.</translation>
    </message>
    <message>
        <source>The model could not be used.</source>
        <translation>Das Modell konnte nicht verwendet werden.</translation>
    </message>
    <message>
        <source>The compute device reported an error.</source>
        <translation>Das Rechengerät hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Training failed.</source>
        <translation>Das Training ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The input is not valid.</source>
        <translation>Die Eingabe ist ungültig.</translation>
    </message>
    <message>
        <source>An internal error occurred.</source>
        <translation>Ein interner Fehler ist aufgetreten.</translation>
    </message>
</context>
<context>
    <name>EvaluateReportPanel</name>
    <message>
        <source>Pick real, test and synthetic images in the Parameters dock and run an evaluation, or open an earlier report (results.json).</source>
        <translation>Wählen Sie im Parameterbereich echte, Test- und synthetische Bilder und starten Sie eine Auswertung, oder öffnen Sie einen früheren Bericht (results.json).</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Open report.html (tables and figures) in the web browser</source>
        <translation>report.html (Tabellen und Abbildungen) im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Distribution metrics&lt;/b&gt; (real test images vs. the same number of synthetic ones)</source>
        <translation>&lt;b&gt;Verteilungsmaße&lt;/b&gt; (echte Testbilder gegen die gleiche Zahl synthetischer Bilder)</translation>
    </message>
    <message>
        <source>FID and KID: lower is closer to the real images; precision: share of synthetic images inside the real manifold; recall: share of real images covered</source>
        <translation>FID und KID: niedriger ist näher an den echten Bildern; Precision: Anteil synthetischer Bilder innerhalb der echten Mannigfaltigkeit; Recall: Anteil der abgedeckten echten Bilder</translation>
    </message>
    <message>
        <source>&lt;b&gt;Classifier macro-F1&lt;/b&gt; on the real test images</source>
        <translation>&lt;b&gt;Makro-F1 des Klassifikators&lt;/b&gt; auf den echten Testbildern</translation>
    </message>
    <message>
        <source>Synthetic-only training against scale (mean ± sd over seeds); dashed: real only and real + synthetic</source>
        <translation>Training nur mit synthetischen Bildern gegen den Umfang (Mittelwert ± SD über Seeds); gestrichelt: nur echt sowie echt + synthetisch</translation>
    </message>
    <message>
        <source>Features: %1</source>
        <translation>Merkmale: %1</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>Echt</translation>
    </message>
    <message>
        <source>Synthetic</source>
        <translation>Synthetisch</translation>
    </message>
    <message>
        <source>FID</source>
        <translation>FID</translation>
    </message>
    <message>
        <source>KID ×10³</source>
        <translation>KID ×10³</translation>
    </message>
    <message>
        <source>Precision %</source>
        <translation>Precision %</translation>
    </message>
    <message>
        <source>Recall %</source>
        <translation>Recall %</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Macro-F1 %</source>
        <translation>Makro-F1 %</translation>
    </message>
    <message>
        <source>Accuracy %</source>
        <translation>Genauigkeit %</translation>
    </message>
    <message>
        <source>F1 %1 %</source>
        <translation>F1 %1 %</translation>
    </message>
    <message>
        <source>&lt;b&gt;Notes&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Hinweise&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>real only</source>
        <translation>nur echt</translation>
    </message>
    <message>
        <source>real + %1</source>
        <translation>echt + %1</translation>
    </message>
    <message>
        <source>synthetic images per class (% of the real training set)</source>
        <translation>synthetische Bilder pro Klasse (% des echten Trainingssatzes)</translation>
    </message>
    <message>
        <source>macro-F1 (%)</source>
        <translation>Makro-F1 (%)</translation>
    </message>
</context>
<context>
    <name>EvaluateSettingsPanel</name>
    <message>
        <source>Browse</source>
        <translation>Durchsuchen</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>The real training images of the fine-tune (folder with one sub-folder per class, or a manifest CSV); their validation split stops the classifiers early</source>
        <translation>Die echten Trainingsbilder des Fine-Tunings (Ordner mit einem Unterordner pro Klasse oder ein CSV-Manifest); ihr Validierungsanteil beendet das Training der Klassifikatoren frühzeitig</translation>
    </message>
    <message>
        <source>Real (training)</source>
        <translation>Echt (Training)</translation>
    </message>
    <message>
        <source>Held-out real test images that no model has seen (required)</source>
        <translation>Zurückgehaltene echte Testbilder, die kein Modell gesehen hat (erforderlich)</translation>
    </message>
    <message>
        <source>Real (test)</source>
        <translation>Echt (Test)</translation>
    </message>
    <message>
        <source>Optional second test set, e.g. from another clinic</source>
        <translation>Optionaler zweiter Testsatz, z. B. aus einer anderen Klinik</translation>
    </message>
    <message>
        <source>External (optional)</source>
        <translation>Extern (optional)</translation>
    </message>
    <message>
        <source>Synthetic sets</source>
        <translation>Synthetische Sätze</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Augmentation outputs to compare (folders written by Tools ▸ Augment dataset); the name labels the set in the report</source>
        <translation>Zu vergleichende Erweiterungsergebnisse (von Extras ▸ Datensatz erweitern geschriebene Ordner); der Name bezeichnet den Satz im Bericht</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a synthetic set (a folder)</source>
        <translation>Einen synthetischen Satz (einen Ordner) hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected synthetic set</source>
        <translation>Den ausgewählten synthetischen Satz entfernen</translation>
    </message>
    <message>
        <source>Choose a synthetic set</source>
        <translation>Synthetischen Satz wählen</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Train a classifier on synthetic images only, %1 % of the real training count per class</source>
        <translation>Einen Klassifikator nur mit synthetischen Bildern trainieren, %1 % der echten Trainingsanzahl pro Klasse</translation>
    </message>
    <message>
        <source>Scales</source>
        <translation>Umfänge</translation>
    </message>
    <message>
        <source>Classifier seeds per configuration; the report gives mean ± sd</source>
        <translation>Klassifikator-Seeds pro Konfiguration; der Bericht nennt Mittelwert ± SD</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>Seeds</translation>
    </message>
    <message>
        <source>Training steps of every classifier (the same budget for every training set)</source>
        <translation>Trainingsschritte jedes Klassifikators (das gleiche Budget für jeden Trainingssatz)</translation>
    </message>
    <message>
        <source>Classifier steps</source>
        <translation>Klassifikator-Schritte</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Input edge of the classifier; use the model&apos;s resolution</source>
        <translation>Eingabekantenlänge des Klassifikators; verwenden Sie die Auflösung des Modells</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Bildgröße</translation>
    </message>
    <message>
        <source>FID, KID, precision and recall</source>
        <translation>FID, KID, Precision und Recall</translation>
    </message>
    <message>
        <source>Distribution metrics of each synthetic set against the real test images</source>
        <translation>Verteilungsmaße jedes synthetischen Satzes gegen die echten Testbilder</translation>
    </message>
    <message>
        <source>Inception-v3 TF-FID weights as .safetensors (optional). Without them CLUE Studio trains its own feature extractor on the real images; the report names which was used.</source>
        <translation>Inception-v3-TF-FID-Gewichte als .safetensors (optional). Ohne sie trainiert CLUE Studio einen eigenen Merkmalsextraktor auf den echten Bildern; der Bericht nennt, welcher verwendet wurde.</translation>
    </message>
    <message>
        <source>safetensors (*.safetensors)</source>
        <translation>safetensors (*.safetensors)</translation>
    </message>
    <message>
        <source>Inception-v3</source>
        <translation>Inception-v3</translation>
    </message>
    <message>
        <source>The report folder: report.html, figures, results.json</source>
        <translation>Der Berichtsordner: report.html, Abbildungen, results.json</translation>
    </message>
    <message>
        <source>Report folder</source>
        <translation>Berichtsordner</translation>
    </message>
    <message>
        <source>Run evaluation</source>
        <translation>Auswertung starten</translation>
    </message>
    <message>
        <source>Train the feature extractor and the classifiers and write the report (a job; it can take a while on a CPU)</source>
        <translation>Merkmalsextraktor und Klassifikatoren trainieren und den Bericht schreiben (ein Auftrag; auf einer CPU kann das dauern)</translation>
    </message>
    <message>
        <source>Open report…</source>
        <translation>Bericht öffnen…</translation>
    </message>
    <message>
        <source>Show an earlier evaluation (its results.json)</source>
        <translation>Eine frühere Auswertung anzeigen (ihre results.json)</translation>
    </message>
</context>
<context>
    <name>EvaluateView</name>
    <message>
        <source>Open an evaluation report</source>
        <translation>Auswertungsbericht öffnen</translation>
    </message>
    <message>
        <source>Evaluation results (results.json)</source>
        <translation>Auswertungsergebnisse (results.json)</translation>
    </message>
    <message>
        <source>Evaluation finished: %1</source>
        <translation>Auswertung abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Evaluation cancelled; nothing was written.</source>
        <translation>Auswertung abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The evaluation failed</source>
        <translation>Die Auswertung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Auswerten</translation>
    </message>
</context>
<context>
    <name>GalleryStrip</name>
    <message>
        <source>Results appear here: click one to view it, double-click to reuse its parameters, drag it out to save a copy.</source>
        <translation>Hier erscheinen die Ergebnisse: Klicken zeigt ein Bild an, Doppelklicken übernimmt seine Parameter, Herausziehen speichert eine Kopie.</translation>
    </message>
    <message>
        <source>Restore parameters</source>
        <translation>Parameter übernehmen</translation>
    </message>
    <message>
        <source>Copy parameters</source>
        <translation>Parameter kopieren</translation>
    </message>
    <message>
        <source>Open containing folder</source>
        <translation>Enthaltenden Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>GenerateView</name>
    <message>
        <source>The parameters of the image shown (A1111 format)</source>
        <translation>Die Parameter des angezeigten Bildes (A1111-Format)</translation>
    </message>
    <message>
        <source>Open a model first.</source>
        <translation>Öffnen Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <source>The parameters cannot be used</source>
        <translation>Die Parameter können nicht verwendet werden</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <source>Generation queued.</source>
        <translation>Generierung eingereiht.</translation>
    </message>
    <message>
        <source>Preview · step %1 of %2</source>
        <translation>Vorschau · Schritt %1 von %2</translation>
    </message>
    <message>
        <source>The image could not be saved</source>
        <translation>Das Bild konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Generation cancelled.</source>
        <translation>Generierung abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Generation failed</source>
        <translation>Generierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Seed %1 · %2×%3</source>
        <translation>Seed %1 · %2×%3</translation>
    </message>
    <message>
        <source>Seed %1 · %2×%3 · %4</source>
        <translation>Seed %1 · %2×%3 · %4</translation>
    </message>
    <message>
        <source>Parameters restored.</source>
        <translation>Parameter übernommen.</translation>
    </message>
    <message>
        <source>%1 could not be read.</source>
        <translation>%1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 has no generation parameters.</source>
        <translation>%1 enthält keine Generierungsparameter.</translation>
    </message>
    <message>
        <source>Parameters restored from %1</source>
        <translation>Parameter aus %1 übernommen</translation>
    </message>
    <message>
        <source>Parameters restored from %1.</source>
        <translation>Parameter aus %1 übernommen.</translation>
    </message>
    <message>
        <source>Loading %1 …</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <source>Open a model to start

File ▸ Open model folder… or drop a model or a PNG here</source>
        <translation>Öffnen Sie ein Modell, um zu beginnen

Datei ▸ Modellordner öffnen… oder ein Modell oder PNG hierher ziehen</translation>
    </message>
    <message>
        <source>Write a prompt and press Generate (Ctrl+Enter)</source>
        <translation>Prompt eingeben und „Generieren“ drücken (Strg+Eingabe)</translation>
    </message>
</context>
<context>
    <name>JobStrip</name>
    <message>
        <source>Progress of the running job</source>
        <translation>Fortschritt des laufenden Auftrags</translation>
    </message>
    <message>
        <source>Estimated time left</source>
        <translation>Geschätzte Restzeit</translation>
    </message>
    <message>
        <source>Jobs waiting for the device</source>
        <translation>Aufträge, die auf das Gerät warten</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Encoding prompt</source>
        <translation>Prompt kodieren</translation>
    </message>
    <message>
        <source>Denoising</source>
        <translation>Entrauschen</translation>
    </message>
    <message>
        <source>Decoding</source>
        <translation>Dekodieren</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>ETA %1</source>
        <translation>Rest %1</translation>
    </message>
    <message numerus="yes">
        <source>+%n queued</source>
        <translation>
            <numerusform>+%n wartet</numerusform>
            <numerusform>+%n warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Scanning images</source>
        <translation>Bilder werden geprüft</translation>
    </message>
    <message>
        <source>Training the VAE</source>
        <translation>VAE wird trainiert</translation>
    </message>
    <message>
        <source>Generating the synthetic set</source>
        <translation>Synthetischer Datensatz wird erzeugt</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Prompt swap for every λ</source>
        <translation>Prompt-Wechsel für jedes λ</translation>
    </message>
    <message>
        <source>Replacing the background</source>
        <translation>Hintergrund wird ersetzt</translation>
    </message>
    <message>
        <source>Plain img2img for comparison</source>
        <translation>Einfaches img2img zum Vergleich</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Loading %1 …</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <source>Loading the model was cancelled.</source>
        <translation>Das Laden des Modells wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <source>Text to image: generate images from a prompt</source>
        <translation>Text zu Bild: Bilder aus einem Prompt generieren</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Jobs and gallery</source>
        <translation>Aufträge und Galerie</translation>
    </message>
    <message>
        <source>Progress of the running job</source>
        <translation>Fortschritt des laufenden Auftrags</translation>
    </message>
    <message>
        <source>The compute device and its memory</source>
        <translation>Das Rechengerät und sein Speicher</translation>
    </message>
    <message>
        <source>Loading …</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <source>Model: %1
%2</source>
        <translation>Modell: %1
%2</translation>
    </message>
    <message>
        <source>Open a model folder (diffusers) or a .safetensors file</source>
        <translation>Einen Modellordner (diffusers) oder eine .safetensors-Datei öffnen</translation>
    </message>
    <message>
        <source>Device: %1</source>
        <translation>Gerät: %1</translation>
    </message>
    <message>
        <source>Model loaded: %1</source>
        <translation>Modell geladen: %1</translation>
    </message>
    <message>
        <source>The model %1 could not be loaded</source>
        <translation>Das Modell %1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Open model &amp;folder…</source>
        <translation>Modell&amp;ordner öffnen…</translation>
    </message>
    <message>
        <source>Open a diffusers model folder (model_index.json, unet/, vae/, …)</source>
        <translation>Einen diffusers-Modellordner öffnen (model_index.json, unet/, vae/, …)</translation>
    </message>
    <message>
        <source>Open model f&amp;ile…</source>
        <translation>Modell&amp;datei öffnen…</translation>
    </message>
    <message>
        <source>Open a single-file checkpoint (.safetensors)</source>
        <translation>Einen Checkpoint als Einzeldatei öffnen (.safetensors)</translation>
    </message>
    <message>
        <source>&amp;Restore parameters from PNG…</source>
        <translation>Parameter aus PNG &amp;übernehmen…</translation>
    </message>
    <message>
        <source>Read the generation parameters of a PNG (CLUE Studio or A1111)</source>
        <translation>Die Generierungsparameter eines PNG lesen (CLUE Studio oder A1111)</translation>
    </message>
    <message>
        <source>&amp;Export image…</source>
        <translation>Bild &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save a copy of the image shown, with its parameters</source>
        <translation>Eine Kopie des angezeigten Bildes mit seinen Parametern speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Generate an image with these parameters (Ctrl+Enter); queues while busy</source>
        <translation>Ein Bild mit diesen Parametern generieren (Strg+Eingabe); wird eingereiht, solange ein Auftrag läuft</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the running job after the current step (Esc)</source>
        <translation>Den laufenden Auftrag nach dem aktuellen Schritt anhalten (Esc)</translation>
    </message>
    <message>
        <source>&amp;About CLUE Studio</source>
        <translation>&amp;Über CLUE Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Recent &amp;models</source>
        <translation>&amp;Zuletzt verwendete Modelle</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show or hide the Parameters dock</source>
        <translation>Das Parameter-Fenster ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Show or hide the job strip and the gallery</source>
        <translation>Auftragsleiste und Galerie ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>Show or hide the model and device toolbar</source>
        <translation>Die Werkzeugleiste mit Modell und Gerät ein- oder ausblenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Open model folder</source>
        <translation>Modellordner öffnen</translation>
    </message>
    <message>
        <source>Open model file</source>
        <translation>Modelldatei öffnen</translation>
    </message>
    <message>
        <source>Safetensors checkpoints (*.safetensors)</source>
        <translation>Safetensors-Checkpoints (*.safetensors)</translation>
    </message>
    <message>
        <source>Restore parameters from PNG</source>
        <translation>Parameter aus PNG übernehmen</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>The image could not be exported</source>
        <translation>Das Bild konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>The new language is used after a restart.</source>
        <translation>Die neue Sprache wird nach einem Neustart verwendet.</translation>
    </message>
    <message>
        <source>About CLUE Studio</source>
        <translation>Über CLUE Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CLUE Studio %1&lt;/h3&gt;&lt;p&gt;A workbench for Stable Diffusion: generate images, and later fine-tune on medical images.&lt;/p&gt;&lt;p&gt;LibTorch %2 · Qt %3&lt;br&gt;Device: %4&lt;/p&gt;&lt;p&gt;License: GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CLUE Studio %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank für Stable Diffusion: Bilder generieren und später an medizinischen Bildern feinabstimmen.&lt;/p&gt;&lt;p&gt;LibTorch %2 · Qt %3&lt;br&gt;Gerät: %4&lt;/p&gt;&lt;p&gt;Lizenz: GNU General Public License, Version 3 oder später (GPL-3.0-or-later).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Open the &amp;demo model</source>
        <translation>&amp;Demomodell öffnen</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Fine-tune a model on your images (CLUE or vanilla) and watch the run</source>
        <translation>Ein Modell auf Ihren Bildern feinabstimmen (CLUE oder Vanilla) und den Lauf verfolgen</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>Move the style vector of a CLUE model with sliders and see the image follow</source>
        <translation>Den Stilvektor eines CLUE-Modells mit Schiebereglern verändern und dem Bild dabei zusehen</translation>
    </message>
    <message>
        <source>Style space</source>
        <translation>Stilraum</translation>
    </message>
    <message>
        <source>The PCA map of the styles of a dataset; click it to generate that style</source>
        <translation>Die PCA-Karte der Stile eines Datensatzes; ein Klick erzeugt diesen Stil</translation>
    </message>
    <message>
        <source>&amp;Augment dataset…</source>
        <translation>Datensatz &amp;erweitern…</translation>
    </message>
    <message>
        <source>Make a synthetic set: N images per class from a fine-tuned model, with a manifest and a memorisation check</source>
        <translation>Einen synthetischen Satz erstellen: N Bilder pro Klasse aus einem feinabgestimmten Modell, mit Manifest und Memorisierungsprüfung</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Auswerten</translation>
    </message>
    <message>
        <source>FID, precision/recall and classifier F1 of synthetic sets against real images</source>
        <translation>FID, Precision/Recall und Klassifikator-F1 synthetischer Sätze gegen echte Bilder</translation>
    </message>
    <message>
        <source>Open the bundled demo model: a tiny CLUE model trained by this project on synthetic otoscopy images (for trying the program, not for real images)</source>
        <translation>Das mitgelieferte Demomodell öffnen: ein kleines CLUE-Modell, das dieses Projekt auf synthetischen Otoskopiebildern trainiert hat (zum Ausprobieren, nicht für echte Bilder)</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>Trajektorie</translation>
    </message>
    <message>
        <source>Prompt swap: from a neutral to an attribute prompt after step λ, and a Bézier path through the images of every λ</source>
        <translation>Prompt-Wechsel: nach Schritt λ vom neutralen zum Attribut-Prompt, und ein Bézier-Pfad durch die Bilder aller λ</translation>
    </message>
    <message>
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <source>Keep the subject word&apos;s part of a new image and take the background from a reference image (Abs-Grad-SAM mask, brush to correct it)</source>
        <translation>Den Teil eines neuen Bildes behalten, den das Subjektwort steuert, und den Hintergrund aus einem Referenzbild nehmen (Abs-Grad-SAM-Maske, Pinsel zum Korrigieren)</translation>
    </message>
</context>
<context>
    <name>MaskGroup</name>
    <message>
        <source>Size of the Gaussian blur of the importance map, in latent cells (odd; 1 = no blur)</source>
        <translation>Größe der Gaußschen Unschärfe der Wichtigkeitskarte, in Latent-Zellen (ungerade; 1 = keine Unschärfe)</translation>
    </message>
    <message>
        <source>Sigma of the blur, in latent cells</source>
        <translation>Sigma der Unschärfe, in Latent-Zellen</translation>
    </message>
    <message>
        <source>Threshold τ = mean + k·std of the normalised map: larger k, smaller subject</source>
        <translation>Schwelle τ = Mittelwert + k·Std der normierten Karte: größeres k, kleineres Subjekt</translation>
    </message>
    <message>
        <source>Instead of the threshold, keep this share of the cells as the subject (0 = off)</source>
        <translation>Statt der Schwelle diesen Anteil der Zellen als Subjekt behalten (0 = aus)</translation>
    </message>
    <message>
        <source>Size of the dilation that grows the subject, in latent cells (odd)</source>
        <translation>Größe der Dilatation, die das Subjekt vergrößert, in Latent-Zellen (ungerade)</translation>
    </message>
    <message>
        <source>Soft mask edges: sigma of a blur of the final mask, in latent cells (0 = hard edges)</source>
        <translation>Weiche Maskenkanten: Sigma einer Unschärfe der fertigen Maske, in Latent-Zellen (0 = harte Kanten)</translation>
    </message>
    <message>
        <source>Skip the coarsest attention maps</source>
        <translation>Die gröbsten Attention-Karten auslassen</translation>
    </message>
    <message>
        <source>Reuse the first mask</source>
        <translation>Die erste Maske wiederverwenden</translation>
    </message>
    <message>
        <source>Show or hide the mask parameters</source>
        <translation>Die Maskenparameter zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Mask</source>
        <translation>Maske</translation>
    </message>
    <message>
        <source>The mask parameters in use; open the group to change them</source>
        <translation>Die verwendeten Maskenparameter; öffnen Sie die Gruppe, um sie zu ändern</translation>
    </message>
    <message>
        <source>How often the dilation is applied (0 = none)</source>
        <translation>Wie oft die Dilatation angewendet wird (0 = keine)</translation>
    </message>
    <message>
        <source>Leave out the lowest-resolution cross-attention maps (prompt-to-prompt practice)</source>
        <translation>Die Cross-Attention-Karten mit der geringsten Auflösung auslassen (wie bei Prompt-to-Prompt)</translation>
    </message>
    <message>
        <source>Compute the mask once, at the first manipulation step, and apply it at the later ones (one gradient pass instead of one per step)</source>
        <translation>Die Maske einmal beim ersten Manipulationsschritt berechnen und bei den späteren anwenden (ein Gradientendurchlauf statt einer pro Schritt)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Keep applying the last mask at every step up to this one (Blended Latent Diffusion style); Off = only at the manipulation steps</source>
        <translation>Die letzte Maske bis zu diesem Schritt bei jedem Schritt weiter anwenden (wie Blended Latent Diffusion); Aus = nur bei den Manipulationsschritten</translation>
    </message>
    <message>
        <source>Blur size</source>
        <translation>Unschärfegröße</translation>
    </message>
    <message>
        <source>Blur sigma</source>
        <translation>Unschärfe-Sigma</translation>
    </message>
    <message>
        <source>Threshold k</source>
        <translation>Schwelle k</translation>
    </message>
    <message>
        <source>Top share</source>
        <translation>Oberster Anteil</translation>
    </message>
    <message>
        <source>Dilation size</source>
        <translation>Dilatationsgröße</translation>
    </message>
    <message>
        <source>Dilation steps</source>
        <translation>Dilatationsschritte</translation>
    </message>
    <message>
        <source>Feather</source>
        <translation>Weiche Kante</translation>
    </message>
    <message>
        <source>Extend to step</source>
        <translation>Fortsetzen bis Schritt</translation>
    </message>
    <message>
        <source>top %1 %</source>
        <translation>oberste %1 %</translation>
    </message>
    <message>
        <source>k %1</source>
        <translation>k %1</translation>
    </message>
    <message>
        <source>blur σ %1 · %2 · dilate %3× · feather %4</source>
        <translation>Unschärfe σ %1 · %2 · Dilatation %3× · weiche Kante %4</translation>
    </message>
</context>
<context>
    <name>ModelDataPage</name>
    <message>
        <source>Scan</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Model and real images</source>
        <translation>Modell und echte Bilder</translation>
    </message>
    <message>
        <source>The fine-tuned model that draws the synthetic images, and the real images they add to.</source>
        <translation>Das feinabgestimmte Modell, das die synthetischen Bilder erzeugt, und die echten Bilder, die sie ergänzen.</translation>
    </message>
    <message>
        <source>A fine-tuned model folder (a run&apos;s model/)</source>
        <translation>Ein feinabgestimmter Modellordner (model/ eines Laufs)</translation>
    </message>
    <message>
        <source>The model that generates the images: a CLUE or vanilla fine-tune (a run&apos;s model/ folder). Default: the open model</source>
        <translation>Das Modell, das die Bilder erzeugt: ein CLUE- oder Vanilla-Fine-Tune (der Ordner model/ eines Laufs). Standard: das geöffnete Modell</translation>
    </message>
    <message>
        <source>Choose the model folder</source>
        <translation>Modellordner wählen</translation>
    </message>
    <message>
        <source>Whether the model has a style path (CLUE): only then can the style of each image be chosen on the Style page</source>
        <translation>Ob das Modell einen Stilpfad hat (CLUE): nur dann lässt sich der Stil jedes Bildes auf der Seite „Stil“ wählen</translation>
    </message>
    <message>
        <source>Folder with one sub-folder per class, or a CSV</source>
        <translation>Ordner mit einem Unterordner pro Klasse oder eine CSV-Datei</translation>
    </message>
    <message>
        <source>The real images: quotas in % count them, the memorisation check compares against them, and &quot;around real images&quot; starts from their styles</source>
        <translation>Die echten Bilder: Quoten in % zählen sie, die Memorisierungsprüfung vergleicht mit ihnen, und „um echte Bilder“ geht von ihren Stilen aus</translation>
    </message>
    <message>
        <source>Choose the dataset folder or CSV manifest</source>
        <translation>Datensatzordner oder CSV-Manifest wählen</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <source>CSV manifest…</source>
        <translation>CSV-Manifest…</translation>
    </message>
    <message>
        <source>Count the real images per class (a job; the split follows the model&apos;s run)</source>
        <translation>Die echten Bilder pro Klasse zählen (ein Auftrag; die Aufteilung folgt dem Lauf des Modells)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Real images per class. Quotas in % count the training images only, as the run split them</source>
        <translation>Echte Bilder pro Klasse. Quoten in % zählen nur die Trainingsbilder, so wie der Lauf sie aufgeteilt hat</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Real images</source>
        <translation>Echte Bilder</translation>
    </message>
    <message>
        <source>The dataset could not be scanned: %1 (%2)</source>
        <translation>Der Datensatz konnte nicht geprüft werden: %1 (%2)</translation>
    </message>
    <message>
        <source>Open a model, or choose a fine-tuned model folder.</source>
        <translation>Öffnen Sie ein Modell oder wählen Sie einen feinabgestimmten Modellordner.</translation>
    </message>
    <message>
        <source>This model does not exist.</source>
        <translation>Dieses Modell existiert nicht.</translation>
    </message>
    <message>
        <source>CLUE model with a style path (s has %1 numbers) and a style space: every style strategy can be used.</source>
        <translation>CLUE-Modell mit Stilpfad (s hat %1 Zahlen) und Stilraum: jede Stilstrategie ist verwendbar.</translation>
    </message>
    <message>
        <source>CLUE model with a style path (s has %1 numbers); no style space yet, so &quot;stratified over the PCA map&quot; falls back to the prior.</source>
        <translation>CLUE-Modell mit Stilpfad (s hat %1 Zahlen); noch kein Stilraum, daher weicht „über die PCA-Karte geschichtet“ auf die Prior-Verteilung aus.</translation>
    </message>
    <message>
        <source>No style path (a vanilla fine-tune or a base model): images differ by their seed only.</source>
        <translation>Kein Stilpfad (ein Vanilla-Fine-Tune oder ein Basismodell): die Bilder unterscheiden sich nur durch ihren Seed.</translation>
    </message>
    <message>
        <source>Choose the real images and press Scan.</source>
        <translation>Wählen Sie die echten Bilder und klicken Sie auf „Prüfen“.</translation>
    </message>
    <message>
        <source>%1 classes · training images: %2 · validation images: %3 · skipped files: %4</source>
        <translation>%1 Klassen · Trainingsbilder: %2 · Validierungsbilder: %3 · übersprungene Dateien: %4</translation>
    </message>
    <message>
        <source>The model was not trained on: %1 (their prompts use the class name as is).</source>
        <translation>Das Modell wurde nicht trainiert mit: %1 (ihre Prompts verwenden den Klassennamen unverändert).</translation>
    </message>
    <message>
        <source>Choose a dataset folder or CSV manifest first</source>
        <translation>Wählen Sie zuerst einen Datensatzordner oder ein CSV-Manifest</translation>
    </message>
    <message>
        <source>Scan dataset</source>
        <translation>Datensatz prüfen</translation>
    </message>
    <message>
        <source>Scanning %1 …</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The real images are being scanned; Next is available when the scan is done.</source>
        <translation>Die echten Bilder werden geprüft; „Weiter“ ist möglich, sobald die Prüfung fertig ist.</translation>
    </message>
    <message>
        <source>Scan the real images first (Scan), so that the quotas know how many there are per class.</source>
        <translation>Prüfen Sie zuerst die echten Bilder („Prüfen“), damit die Quoten wissen, wie viele es pro Klasse gibt.</translation>
    </message>
    <message>
        <source>Choose a CSV manifest</source>
        <translation>CSV-Manifest wählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Choose the dataset folder</source>
        <translation>Datensatzordner wählen</translation>
    </message>
</context>
<context>
    <name>ModelSession</name>
    <message>
        <source>Load model</source>
        <translation>Modell laden</translation>
    </message>
</context>
<context>
    <name>OutputPage</name>
    <message>
        <source>Check for memorisation</source>
        <translation>Auf Memorisierung prüfen</translation>
    </message>
    <message>
        <source>Exclude near copies</source>
        <translation>Beinahe-Kopien ausschließen</translation>
    </message>
    <message>
        <source>Advanced: split the work</source>
        <translation>Erweitert: Arbeit aufteilen</translation>
    </message>
    <message>
        <source>Save recipe…</source>
        <translation>Rezept speichern…</translation>
    </message>
    <message>
        <source>Output and checks</source>
        <translation>Ausgabe und Prüfungen</translation>
    </message>
    <message>
        <source>Where the synthetic set is written, and how it is checked against the real images.</source>
        <translation>Wohin der synthetische Satz geschrieben wird und wie er mit den echten Bildern verglichen wird.</translation>
    </message>
    <message>
        <source>A new or existing folder outside the real images</source>
        <translation>Ein neuer oder vorhandener Ordner außerhalb der echten Bilder</translation>
    </message>
    <message>
        <source>The synthetic set: &lt;class&gt;/&lt;class&gt;_NNNNN.png with full provenance, manifest.csv and manifest.json. Images already there are kept (a run resumes)</source>
        <translation>Der synthetische Satz: &lt;class&gt;/&lt;class&gt;_NNNNN.png mit vollständiger Herkunft, manifest.csv und manifest.json. Bereits vorhandene Bilder bleiben erhalten (ein Lauf wird fortgesetzt)</translation>
    </message>
    <message>
        <source>Choose the output folder</source>
        <translation>Ausgabeordner wählen</translation>
    </message>
    <message>
        <source>Compare every synthetic image with the real training images and flag near copies (memorised images)</source>
        <translation>Jedes synthetische Bild mit den echten Trainingsbildern vergleichen und Beinahe-Kopien (memorisierte Bilder) markieren</translation>
    </message>
    <message>
        <source>Move flagged images to _excluded/ and leave them out of the manifest</source>
        <translation>Markierte Bilder nach _excluded/ verschieben und aus dem Manifest weglassen</translation>
    </message>
    <message>
        <source>Flag an image when the nearest real image is closer than this (mean absolute pixel difference at 64², 0…1) or its feature distance is below a fifth of it</source>
        <translation>Ein Bild markieren, wenn das nächste echte Bild näher liegt als dieser Wert (mittlere absolute Pixeldifferenz bei 64², 0…1) oder sein Merkmalsabstand unter einem Fünftel davon liegt</translation>
    </message>
    <message>
        <source>Which share this run makes, counted from 0 (like clue augment --shard i/N)</source>
        <translation>Welchen Anteil dieser Lauf erzeugt, ab 0 gezählt (wie clue augment --shard i/N)</translation>
    </message>
    <message>
        <source>Into how many shares the plan is split: run one process per share, on one or several machines, into the same output folder</source>
        <translation>In wie viele Anteile der Plan aufgeteilt wird: ein Prozess pro Anteil, auf einer oder mehreren Maschinen, in denselben Ausgabeordner</translation>
    </message>
    <message>
        <source>Split a large plan over several processes or machines</source>
        <translation>Einen großen Plan auf mehrere Prozesse oder Maschinen verteilen</translation>
    </message>
    <message>
        <source>Shard</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>of</source>
        <translation>von</translation>
    </message>
    <message>
        <source>Save these settings as a JSON recipe; the command line runs it with clue augment --recipe FILE</source>
        <translation>Diese Einstellungen als JSON-Rezept speichern; die Kommandozeile führt es mit clue augment --recipe DATEI aus</translation>
    </message>
    <message>
        <source>A saved recipe runs without the window: clue augment --recipe FILE</source>
        <translation>Ein gespeichertes Rezept läuft ohne Fenster: clue augment --recipe DATEI</translation>
    </message>
    <message>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>Near-copy threshold</source>
        <translation>Schwelle für Beinahe-Kopien</translation>
    </message>
    <message>
        <source>The output folder %1 is a file.</source>
        <translation>Der Ausgabeordner %1 ist eine Datei.</translation>
    </message>
    <message>
        <source>The output folder %1 cannot be created or written: %2 is not a writable folder.</source>
        <translation>Der Ausgabeordner %1 kann nicht angelegt oder beschrieben werden: %2 ist kein beschreibbarer Ordner.</translation>
    </message>
    <message>
        <source>The output folder lies inside the real images: synthetic images would be counted as real ones. Choose a folder outside %1.</source>
        <translation>Der Ausgabeordner liegt innerhalb der echten Bilder: synthetische Bilder würden als echte gezählt. Wählen Sie einen Ordner außerhalb von %1.</translation>
    </message>
    <message>
        <source>The recipe could not be saved to %1: %2</source>
        <translation>Das Rezept konnte nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved. Run it from a terminal with: clue augment --recipe &quot;%1&quot;</source>
        <translation>Gespeichert. Im Terminal ausführen mit: clue augment --recipe &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Save recipe</source>
        <translation>Rezept speichern</translation>
    </message>
    <message>
        <source>Augmentation recipes (*.json)</source>
        <translation>Augmentierungsrezepte (*.json)</translation>
    </message>
</context>
<context>
    <name>ParametersPanel</name>
    <message>
        <source>Describe the image you want</source>
        <translation>Beschreiben Sie das gewünschte Bild</translation>
    </message>
    <message>
        <source>Prompt: what the image should show (A1111 syntax is kept in the metadata)</source>
        <translation>Prompt: was das Bild zeigen soll (A1111-Syntax bleibt in den Metadaten erhalten)</translation>
    </message>
    <message>
        <source>What the image should not show</source>
        <translation>Was das Bild nicht zeigen soll</translation>
    </message>
    <message>
        <source>Negative prompt: steers the image away from these words</source>
        <translation>Negativer Prompt: lenkt das Bild von diesen Begriffen weg</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>Modellstandard</translation>
    </message>
    <message>
        <source>Sampler: the algorithm that removes noise step by step; &quot;Model default&quot; uses the model&apos;s own scheduler</source>
        <translation>Sampler: das Verfahren, das Schritt für Schritt Rauschen entfernt; „Modellstandard“ verwendet den Scheduler des Modells</translation>
    </message>
    <message>
        <source>Sampling steps: more steps take longer and add detail (20–30 is typical)</source>
        <translation>Sampling-Schritte: mehr Schritte dauern länger und bringen mehr Details (üblich sind 20–30)</translation>
    </message>
    <message>
        <source>CFG scale: how strictly the image follows the prompt (7 is typical)</source>
        <translation>CFG-Skala: wie streng das Bild dem Prompt folgt (üblich ist 7)</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>Seed: the same seed and parameters give the same image; −1 = random</source>
        <translation>Seed: gleicher Seed und gleiche Parameter ergeben dasselbe Bild; −1 = zufällig</translation>
    </message>
    <message>
        <source>Random seed (−1)</source>
        <translation>Zufälliger Seed (−1)</translation>
    </message>
    <message>
        <source>Reuse the seed of the last image</source>
        <translation>Seed des letzten Bildes wiederverwenden</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Image width in pixels (a multiple of 8)</source>
        <translation>Bildbreite in Pixeln (ein Vielfaches von 8)</translation>
    </message>
    <message>
        <source>Image height in pixels (a multiple of 8)</source>
        <translation>Bildhöhe in Pixeln (ein Vielfaches von 8)</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>Sampler</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>CFG scale</source>
        <translation>CFG-Skala</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Negative prompt</source>
        <translation>Negativer Prompt</translation>
    </message>
    <message>
        <source>Reuse the seed of the last image (%1)</source>
        <translation>Seed des letzten Bildes wiederverwenden (%1)</translation>
    </message>
</context>
<context>
    <name>PreprocessPreview</name>
    <message>
        <source>Scan a dataset to preview how its images are prepared for training</source>
        <translation>Prüfen Sie einen Datensatz, um zu sehen, wie seine Bilder für das Training vorbereitet werden</translation>
    </message>
    <message>
        <source>The dataset image to preview</source>
        <translation>Das Bild des Datensatzes für die Vorschau</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>1. Field of view</source>
        <translation>1. Sichtfeld</translation>
    </message>
    <message>
        <source>2. Mask outside</source>
        <translation>2. Außen maskieren</translation>
    </message>
    <message>
        <source>3. Crop square</source>
        <translation>3. Quadratisch zuschneiden</translation>
    </message>
    <message>
        <source>4. Resize</source>
        <translation>4. Skalieren</translation>
    </message>
    <message>
        <source>The image as stored</source>
        <translation>Das Bild, wie es gespeichert ist</translation>
    </message>
    <message>
        <source>Detect the round field of view of the endoscope (threshold the dark surround, fit a circle)</source>
        <translation>Das runde Sichtfeld des Endoskops erkennen (dunklen Rand per Schwellwert trennen, Kreis anpassen)</translation>
    </message>
    <message>
        <source>Black out everything outside the circle (burnt-in text, time stamps, overlays)</source>
        <translation>Alles außerhalb des Kreises schwärzen (eingebrannter Text, Zeitstempel, Einblendungen)</translation>
    </message>
    <message>
        <source>Crop to the circle&apos;s bounding box (or the centre) and pad to a square</source>
        <translation>Auf das umschließende Rechteck des Kreises (oder die Mitte) zuschneiden und zum Quadrat auffüllen</translation>
    </message>
    <message>
        <source>Resize to the training resolution</source>
        <translation>Auf die Trainingsauflösung skalieren</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>Die Vorschau ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Preprocessing preview</source>
        <translation>Vorschau der Vorverarbeitung</translation>
    </message>
    <message>
        <source>Field of view: centre (%1, %2), radius %3 px · result %4×%5 px</source>
        <translation>Sichtfeld: Mitte (%1, %2), Radius %3 px · Ergebnis %4×%5 px</translation>
    </message>
    <message>
        <source>No dark surround found: the centred square is used · result %1×%2 px</source>
        <translation>Kein dunkler Rand gefunden: das mittige Quadrat wird verwendet · Ergebnis %1×%2 px</translation>
    </message>
</context>
<context>
    <name>QuotaPage</name>
    <message>
        <source>Images per class</source>
        <translation>Bilder pro Klasse</translation>
    </message>
    <message>
        <source>Scale every class by its real training images, or type a count for a class.</source>
        <translation>Jede Klasse nach ihren echten Trainingsbildern skalieren oder eine Anzahl für eine Klasse eingeben.</translation>
    </message>
    <message>
        <source>Synthetic images per class as a percentage of its real training images (100–1000 %); classes set by hand keep their count</source>
        <translation>Synthetische Bilder pro Klasse in Prozent ihrer echten Trainingsbilder (100–1000 %); von Hand gesetzte Klassen behalten ihre Anzahl</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Real (training)</source>
        <translation>Echt (Training)</translation>
    </message>
    <message>
        <source>Synthetic</source>
        <translation>Synthetisch</translation>
    </message>
    <message>
        <source>Set by hand</source>
        <translation>Von Hand</translation>
    </message>
    <message>
        <source>Per class: its real training images and how many synthetic images are made</source>
        <translation>Pro Klasse: ihre echten Trainingsbilder und wie viele synthetische Bilder erzeugt werden</translation>
    </message>
    <message>
        <source>Synthetic images over all classes (all shards together)</source>
        <translation>Synthetische Bilder über alle Klassen (alle Anteile zusammen)</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Synthetic images of %1; typing a number sets this class by hand</source>
        <translation>Synthetische Bilder von %1; eine eingegebene Zahl setzt diese Klasse von Hand</translation>
    </message>
    <message>
        <source>Ticked: %1 gets exactly the number typed. Unticked: the scale decides</source>
        <translation>Angehakt: %1 erhält genau die eingegebene Zahl. Nicht angehakt: die Skalierung entscheidet</translation>
    </message>
    <message>
        <source>Scan the real images on the first page to see the classes.</source>
        <translation>Prüfen Sie die echten Bilder auf der ersten Seite, um die Klassen zu sehen.</translation>
    </message>
    <message>
        <source>Total: %1 synthetic images for %2 real training images</source>
        <translation>Gesamt: %1 synthetische Bilder für %2 echte Trainingsbilder</translation>
    </message>
    <message>
        <source>Every class is set to 0 images: nothing would be made.</source>
        <translation>Jede Klasse steht auf 0 Bildern: es würde nichts erzeugt.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generieren</translation>
    </message>
    <message>
        <source>Make the synthetic set. This can take long; the window stays usable.</source>
        <translation>Den synthetischen Satz erstellen. Das kann lange dauern; das Fenster bleibt bedienbar.</translation>
    </message>
    <message>
        <source>How many images the plan holds, per class</source>
        <translation>Wie viele Bilder der Plan enthält, pro Klasse</translation>
    </message>
    <message>
        <source>Cancel stops after the current image; every finished image is kept. Pressing Start again resumes: images already there are skipped, so nothing is made twice.</source>
        <translation>„Abbrechen“ hält nach dem aktuellen Bild an; jedes fertige Bild bleibt erhalten. Erneutes „Starten“ setzt fort: vorhandene Bilder werden übersprungen, nichts wird doppelt erzeugt.</translation>
    </message>
    <message>
        <source>Generate the synthetic set (a job; it resumes where an earlier run stopped)</source>
        <translation>Den synthetischen Satz erzeugen (ein Auftrag; er setzt dort fort, wo ein früherer Lauf anhielt)</translation>
    </message>
    <message>
        <source>Stop after the current image; finished images are kept</source>
        <translation>Nach dem aktuellen Bild anhalten; fertige Bilder bleiben erhalten</translation>
    </message>
    <message>
        <source>Progress of the whole run</source>
        <translation>Fortschritt des ganzen Laufs</translation>
    </message>
    <message>
        <source>What the job is doing now</source>
        <translation>Was der Auftrag gerade tut</translation>
    </message>
    <message>
        <source>What the last run made</source>
        <translation>Was der letzte Lauf erzeugt hat</translation>
    </message>
    <message>
        <source>Show the output folder in the file manager</source>
        <translation>Den Ausgabeordner im Dateimanager zeigen</translation>
    </message>
    <message>
        <source>The synthetic set could not be made: %1 (%2)</source>
        <translation>Der synthetische Satz konnte nicht erstellt werden: %1 (%2)</translation>
    </message>
    <message>
        <source>Scan the real images on the first page first.</source>
        <translation>Prüfen Sie zuerst die echten Bilder auf der ersten Seite.</translation>
    </message>
    <message>
        <source>The plan holds %1 images: %2.</source>
        <translation>Der Plan umfasst %1 Bilder: %2.</translation>
    </message>
    <message>
        <source>This run makes shard %1 of %2: %3 images.</source>
        <translation>Dieser Lauf erzeugt Anteil %1 von %2: %3 Bilder.</translation>
    </message>
    <message>
        <source>Output: %1</source>
        <translation>Ausgabe: %1</translation>
    </message>
    <message>
        <source>Augment dataset</source>
        <translation>Datensatz erweitern</translation>
    </message>
    <message>
        <source>Queued …</source>
        <translation>In der Warteschlange …</translation>
    </message>
    <message>
        <source>Stopping after the current image …</source>
        <translation>Hält nach dem aktuellen Bild an …</translation>
    </message>
    <message>
        <source>Generating image %1 of %2</source>
        <translation>Bild %1 von %2 wird erzeugt</translation>
    </message>
    <message>
        <source>Indexing the real images for the memorisation check (%1 of %2)</source>
        <translation>Echte Bilder für die Memorisierungsprüfung werden indiziert (%1 von %2)</translation>
    </message>
    <message>
        <source>Stopped before the first image. Press Start to begin again.</source>
        <translation>Vor dem ersten Bild angehalten. Klicken Sie auf „Starten“, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Generated: %1 · already there (skipped): %2 · flagged as near copies: %3 · excluded: %4 (of %5 planned)</source>
        <translation>Erzeugt: %1 · bereits vorhanden (übersprungen): %2 · als Beinahe-Kopien markiert: %3 · ausgeschlossen: %4 (von %5 geplanten)</translation>
    </message>
    <message>
        <source>Manifest: %1</source>
        <translation>Manifest: %1</translation>
    </message>
    <message>
        <source>Stopped: the finished images are kept. Press Start to resume.</source>
        <translation>Angehalten: die fertigen Bilder bleiben erhalten. Klicken Sie auf „Starten“, um fortzusetzen.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Decode previews with the full VAE (slower, exact colours)</source>
        <translation>Vorschauen mit dem vollständigen VAE dekodieren (langsamer, exakte Farben)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The language of the user interface; changes take effect after a restart</source>
        <translation>Die Sprache der Benutzeroberfläche; Änderungen wirken nach einem Neustart</translation>
    </message>
    <message>
        <source>Generated images are saved here, in one sub-folder per day</source>
        <translation>Generierte Bilder werden hier gespeichert, in einem Unterordner pro Tag</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the outputs folder</source>
        <translation>Den Ausgabeordner wählen</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Show a preview every N sampling steps (0 = no previews)</source>
        <translation>Alle N Sampling-Schritte eine Vorschau zeigen (0 = keine Vorschau)</translation>
    </message>
    <message>
        <source>Off: a fast approximate colour projection of the latents</source>
        <translation>Aus: eine schnelle, angenäherte Farbprojektion der Latents</translation>
    </message>
    <message>
        <source>Automatic (GPU if available)</source>
        <translation>Automatisch (GPU, falls vorhanden)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CUDA GPU</source>
        <translation>CUDA-GPU</translation>
    </message>
    <message>
        <source>Where models are loaded; applies to the next model you open</source>
        <translation>Wo Modelle geladen werden; gilt für das nächste geöffnete Modell</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Outputs folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <source>Preview every</source>
        <translation>Vorschau alle</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Language changes take effect after a restart.</source>
        <translation>Eine geänderte Sprache wirkt nach einem Neustart.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> Schritte</translation>
    </message>
</context>
<context>
    <name>StylePage</name>
    <message>
        <source>Style of each image</source>
        <translation>Stil jedes Bildes</translation>
    </message>
    <message>
        <source>From the prior</source>
        <translation>Aus der Prior-Verteilung</translation>
    </message>
    <message>
        <source>Around real images</source>
        <translation>Um echte Bilder</translation>
    </message>
    <message>
        <source>Stratified over the PCA map</source>
        <translation>Über die PCA-Karte geschichtet</translation>
    </message>
    <message>
        <source>Style and sampling</source>
        <translation>Stil und Sampling</translation>
    </message>
    <message>
        <source>How the style vector s of each image is chosen, and how each image is sampled.</source>
        <translation>Wie der Stilvektor s jedes Bildes gewählt und wie jedes Bild gesampelt wird.</translation>
    </message>
    <message>
        <source>s ~ N(0, I): new styles, as varied as the model learnt them</source>
        <translation>s ~ N(0, I): neue Stile, so vielfältig, wie das Modell sie gelernt hat</translation>
    </message>
    <message>
        <source>s = μ of a real training image of the class + σ·ξ: styles close to real images</source>
        <translation>s = μ eines echten Trainingsbildes der Klasse + σ·ξ: Stile nahe an echten Bildern</translation>
    </message>
    <message>
        <source>A grid over the class&apos;s region of the style space (PCA map): the styles are spread evenly. Needs the run&apos;s style space</source>
        <translation>Ein Raster über den Bereich der Klasse im Stilraum (PCA-Karte): die Stile sind gleichmäßig verteilt. Benötigt den Stilraum des Laufs</translation>
    </message>
    <message>
        <source>How far the styles stray from the real image&apos;s style (0 = its own style)</source>
        <translation>Wie weit die Stile vom Stil des echten Bildes abweichen (0 = sein eigener Stil)</translation>
    </message>
    <message>
        <source>Only CLUE models (with a style path) can choose the style of an image</source>
        <translation>Nur CLUE-Modelle (mit Stilpfad) können den Stil eines Bildes wählen</translation>
    </message>
    <message>
        <source>Seed of the plan: image i of a class always gets the same noise and style from it, so a resumed or sharded run makes the same images</source>
        <translation>Seed des Plans: Bild i einer Klasse erhält daraus immer dasselbe Rauschen und denselben Stil, daher erzeugt ein fortgesetzter oder aufgeteilter Lauf dieselben Bilder</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>Modellstandard</translation>
    </message>
    <message>
        <source>Sampler: the algorithm that removes noise step by step</source>
        <translation>Sampler: der Algorithmus, der das Rauschen Schritt für Schritt entfernt</translation>
    </message>
    <message>
        <source>Sampler steps per image: more is slower, often cleaner</source>
        <translation>Sampler-Schritte pro Bild: mehr ist langsamer, oft sauberer</translation>
    </message>
    <message>
        <source>Classifier-free guidance: how strongly the image follows the class prompt</source>
        <translation>Classifier-free Guidance: wie stark das Bild dem Klassen-Prompt folgt</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>Sampler</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>CFG scale</source>
        <translation>CFG-Skala</translation>
    </message>
    <message>
        <source>This model has no style path (a vanilla fine-tune or a base model), so the style of an image cannot be chosen: images differ by their seed only. Train with the CLUE mode to get one.</source>
        <translation>Dieses Modell hat keinen Stilpfad (ein Vanilla-Fine-Tune oder ein Basismodell), daher lässt sich der Stil eines Bildes nicht wählen: die Bilder unterscheiden sich nur durch ihren Seed. Trainieren Sie im CLUE-Modus, um einen zu erhalten.</translation>
    </message>
    <message>
        <source>This model has no style space yet: &quot;stratified over the PCA map&quot; falls back to the prior. Compute it in the Style space view or with clue pca.</source>
        <translation>Dieses Modell hat noch keinen Stilraum: „über die PCA-Karte geschichtet“ weicht auf die Prior-Verteilung aus. Berechnen Sie ihn in der Ansicht „Stilraum“ oder mit clue pca.</translation>
    </message>
    <message>
        <source>The style vector s has %1 numbers.</source>
        <translation>Der Stilvektor s hat %1 Zahlen.</translation>
    </message>
</context>
<context>
    <name>StylePanel</name>
    <message>
        <source>Live preview</source>
        <translation>Live-Vorschau</translation>
    </message>
    <message>
        <source>The class to show: fills the prompt from the model&apos;s training template</source>
        <translation>Die zu zeigende Klasse: füllt den Prompt aus der Trainingsvorlage des Modells</translation>
    </message>
    <message>
        <source>The prompt; choose a class above or write your own</source>
        <translation>Der Prompt; wählen Sie oben eine Klasse oder schreiben Sie einen eigenen</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Noise seed: stays fixed while you move the sliders, so only the style changes</source>
        <translation>Rausch-Seed: bleibt fest, während Sie die Regler bewegen, damit sich nur der Stil ändert</translation>
    </message>
    <message>
        <source>A new random noise seed</source>
        <translation>Ein neuer zufälliger Rausch-Seed</translation>
    </message>
    <message>
        <source>Style strength λs: scales the style attention (1 = as trained, 0 = no style)</source>
        <translation>Stilstärke λs: skaliert die Stil-Attention (1 = wie trainiert, 0 = kein Stil)</translation>
    </message>
    <message>
        <source>Style guidance ws: pushes the image further towards the style (0 = off; otherwise one extra U-Net pass per step)</source>
        <translation>Stil-Guidance ws: schiebt das Bild weiter in Richtung des Stils (0 = aus; sonst ein zusätzlicher U-Net-Durchlauf pro Schritt)</translation>
    </message>
    <message>
        <source>Raw dimensions</source>
        <translation>Rohe Dimensionen</translation>
    </message>
    <message>
        <source>PCA directions</source>
        <translation>PCA-Richtungen</translation>
    </message>
    <message>
        <source>Style components: raw dimensions of s (ranked by KL when a style space is known) or the principal directions of the style space</source>
        <translation>Stilkomponenten: rohe Dimensionen von s (nach KL geordnet, wenn ein Stilraum bekannt ist) oder die Hauptrichtungen des Stilraums</translation>
    </message>
    <message>
        <source>How many style components get a slider</source>
        <translation>Wie viele Stilkomponenten einen Regler bekommen</translation>
    </message>
    <message>
        <source>Regenerate (same seed and noise) whenever a slider moves</source>
        <translation>Bei jeder Reglerbewegung neu erzeugen (gleicher Seed, gleiches Rauschen)</translation>
    </message>
    <message>
        <source>Seed of Sample style: the same seed always gives the same style vector</source>
        <translation>Seed für „Stil ziehen“: derselbe Seed ergibt immer denselben Stilvektor</translation>
    </message>
    <message>
        <source>Sample style</source>
        <translation>Stil ziehen</translation>
    </message>
    <message>
        <source>Draw a style vector s ~ N(0, I) from the style seed, then advance the seed</source>
        <translation>Einen Stilvektor s ~ N(0, I) aus dem Stil-Seed ziehen und dann den Seed weiterzählen</translation>
    </message>
    <message>
        <source>Encode from image…</source>
        <translation>Aus Bild kodieren…</translation>
    </message>
    <message>
        <source>Take the style of an image: the style encoder&apos;s posterior mean for it</source>
        <translation>Den Stil eines Bildes übernehmen: der A-posteriori-Mittelwert des Stil-Encoders dafür</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>s = 0, the average style</source>
        <translation>s = 0, der durchschnittliche Stil</translation>
    </message>
    <message>
        <source>Copy style</source>
        <translation>Stil kopieren</translation>
    </message>
    <message>
        <source>Copy the style vector to the clipboard as text</source>
        <translation>Den Stilvektor als Text in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Paste style</source>
        <translation>Stil einfügen</translation>
    </message>
    <message>
        <source>Use a style vector copied before (comma-separated numbers)</source>
        <translation>Einen zuvor kopierten Stilvektor verwenden (durch Kommas getrennte Zahlen)</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Style strength</source>
        <translation>Stilstärke</translation>
    </message>
    <message>
        <source>Style guidance</source>
        <translation>Stil-Guidance</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Sliders</source>
        <translation>Regler</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>Stil</translation>
    </message>
    <message>
        <source>Free prompt</source>
        <translation>Freier Prompt</translation>
    </message>
    <message>
        <source>Style components: raw dimensions of s (ranked by KL) or the principal directions of the style space</source>
        <translation>Stilkomponenten: rohe Dimensionen von s (nach KL geordnet) oder die Hauptrichtungen des Stilraums</translation>
    </message>
    <message>
        <source>Raw dimensions of s; PCA directions need a style space (Style space view)</source>
        <translation>Rohe Dimensionen von s; PCA-Richtungen brauchen einen Stilraum (Ansicht „Stilraum“)</translation>
    </message>
    <message>
        <source>Move s along this principal direction (explained variance %1 %)</source>
        <translation>s entlang dieser Hauptrichtung bewegen (erklärte Varianz %1 %)</translation>
    </message>
    <message>
        <source>Set this dimension of s (average KL %1)</source>
        <translation>Diese Dimension von s setzen (mittlere KL %1)</translation>
    </message>
</context>
<context>
    <name>StyleSpaceHolder</name>
    <message>
        <source>Load style space</source>
        <translation>Stilraum laden</translation>
    </message>
</context>
<context>
    <name>StyleSpacePlot</name>
    <message>
        <source>(no class)</source>
        <translation>(keine Klasse)</translation>
    </message>
    <message>
        <source>PC 1 (%1 % of the variance)</source>
        <translation>PC 1 (%1 % der Varianz)</translation>
    </message>
    <message>
        <source>PC 2 (%1 % of the variance)</source>
        <translation>PC 2 (%1 % der Varianz)</translation>
    </message>
    <message>
        <source>%1 · %2 (not readable)</source>
        <translation>%1 · %2 (nicht lesbar)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>StyleSpaceView</name>
    <message>
        <source>Dataset for the style space</source>
        <translation>Datensatz für den Stilraum</translation>
    </message>
    <message>
        <source>Compute style space</source>
        <translation>Stilraum berechnen</translation>
    </message>
    <message>
        <source>Computing the style space of %1 …</source>
        <translation>Stilraum von %1 wird berechnet …</translation>
    </message>
    <message>
        <source>Style space saved to %1</source>
        <translation>Stilraum gespeichert unter %1</translation>
    </message>
    <message>
        <source>Save the style space</source>
        <translation>Stilraum speichern</translation>
    </message>
    <message>
        <source>The style space cannot be saved next to the model (the folder is not writable). Save it elsewhere?</source>
        <translation>Der Stilraum kann nicht neben dem Modell gespeichert werden (der Ordner ist schreibgeschützt). An anderer Stelle speichern?</translation>
    </message>
    <message>
        <source>Style spaces (*.safetensors)</source>
        <translation>Stilräume (*.safetensors)</translation>
    </message>
    <message>
        <source>Save style space</source>
        <translation>Stilraum speichern</translation>
    </message>
    <message>
        <source>Load a style space</source>
        <translation>Einen Stilraum laden</translation>
    </message>
    <message>
        <source>Export the style space as CSV</source>
        <translation>Stilraum als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export style space</source>
        <translation>Stilraum exportieren</translation>
    </message>
    <message>
        <source>Exporting %1 …</source>
        <translation>%1 wird exportiert …</translation>
    </message>
    <message>
        <source>The style space could not be computed</source>
        <translation>Der Stilraum konnte nicht berechnet werden</translation>
    </message>
    <message>
        <source>The style space could not be written</source>
        <translation>Der Stilraum konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Generation failed</source>
        <translation>Generierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Compute from dataset…</source>
        <translation>Aus Datensatz berechnen…</translation>
    </message>
    <message>
        <source>Load…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Encode every image of a dataset with the open model&apos;s style encoder and fit the PCA map (a job); saved next to the model</source>
        <translation>Jedes Bild eines Datensatzes mit dem Stil-Encoder des geöffneten Modells kodieren und die PCA-Karte anpassen (ein Auftrag); wird neben dem Modell gespeichert</translation>
    </message>
    <message>
        <source>Load a saved style space (style_space.safetensors)</source>
        <translation>Einen gespeicherten Stilraum laden (style_space.safetensors)</translation>
    </message>
    <message>
        <source>Save the map as CSV: path, class, source and the PCA coordinates</source>
        <translation>Die Karte als CSV speichern: Pfad, Klasse, Quelle und die PCA-Koordinaten</translation>
    </message>
    <message>
        <source>The class of the generated image: that of the nearest point, or a fixed one</source>
        <translation>Die Klasse des erzeugten Bildes: die des nächsten Punkts oder eine feste</translation>
    </message>
    <message>
        <source>Noise seed of the generated images (fixed, so that only the style changes)</source>
        <translation>Rausch-Seed der erzeugten Bilder (fest, damit sich nur der Stil ändert)</translation>
    </message>
    <message>
        <source>Click the map to generate the style at that point</source>
        <translation>Klicken Sie auf die Karte, um den Stil an dieser Stelle zu erzeugen</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>The style space %1 could not be loaded</source>
        <translation>Der Stilraum %1 konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Loading the style space …</source>
        <translation>Stilraum wird geladen …</translation>
    </message>
    <message>
        <source>This model has no style space yet: Compute from dataset… encodes a dataset with its style encoder</source>
        <translation>Dieses Modell hat noch keinen Stilraum: „Aus Datensatz berechnen…“ kodiert einen Datensatz mit seinem Stil-Encoder</translation>
    </message>
    <message>
        <source>Train a model to see its style space</source>
        <translation>Trainieren Sie ein Modell, um seinen Stilraum zu sehen</translation>
    </message>
    <message>
        <source>Nearest point&apos;s class</source>
        <translation>Klasse des nächsten Punkts</translation>
    </message>
    <message>
        <source>Open the CLUE model of this style space to generate from it.</source>
        <translation>Öffnen Sie das CLUE-Modell dieses Stilraums, um daraus zu generieren.</translation>
    </message>
    <message>
        <source>%1 · PC 1 = %2, PC 2 = %3</source>
        <translation>%1 · PC 1 = %2, PC 2 = %3</translation>
    </message>
    <message>
        <source>PC 1 = %1, PC 2 = %2</source>
        <translation>PC 1 = %1, PC 2 = %2</translation>
    </message>
    <message>
        <source>The parameters cannot be used: %1</source>
        <translation>Die Parameter können nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Style-space image</source>
        <translation>Stilraum-Bild</translation>
    </message>
    <message>
        <source>The image could not be saved</source>
        <translation>Das Bild konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Images: %1 · principal directions: %2</source>
        <translation>Bilder: %1 · Hauptrichtungen: %2</translation>
    </message>
</context>
<context>
    <name>StyleView</name>
    <message>
        <source>Open a CLUE model first.</source>
        <translation>Öffnen Sie zuerst ein CLUE-Modell.</translation>
    </message>
    <message>
        <source>The parameters cannot be used: %1</source>
        <translation>Die Parameter können nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Style preview</source>
        <translation>Stil-Vorschau</translation>
    </message>
    <message>
        <source>Seed %1 · %2</source>
        <translation>Seed %1 · %2</translation>
    </message>
    <message>
        <source>The image could not be saved</source>
        <translation>Das Bild konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Generation failed</source>
        <translation>Generierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The style could not be encoded</source>
        <translation>Der Stil konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>Style sampled with style seed %1.</source>
        <translation>Stil mit Stil-Seed %1 gezogen.</translation>
    </message>
    <message>
        <source>Encode the style of an image</source>
        <translation>Den Stil eines Bildes kodieren</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.bmp *.tif *.tiff *.webp)</translation>
    </message>
    <message>
        <source>Encode style</source>
        <translation>Stil kodieren</translation>
    </message>
    <message>
        <source>Encoding the style of %1 …</source>
        <translation>Stil von %1 wird kodiert …</translation>
    </message>
    <message>
        <source>The clipboard holds no style vector: %1</source>
        <translation>Die Zwischenablage enthält keinen Stilvektor: %1</translation>
    </message>
    <message>
        <source>Style vector pasted.</source>
        <translation>Stilvektor eingefügt.</translation>
    </message>
    <message>
        <source>Loading %1 …</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <source>Open a CLUE model (train one in the Train view) to explore its styles</source>
        <translation>Öffnen Sie ein CLUE-Modell (trainieren Sie eines in der Ansicht „Trainieren“), um seine Stile zu erkunden</translation>
    </message>
    <message>
        <source>Move a slider, or press Generate (Ctrl+Enter), to see this style</source>
        <translation>Bewegen Sie einen Regler oder klicken Sie auf Generieren (Strg+Eingabe), um diesen Stil zu sehen</translation>
    </message>
    <message>
        <source>Style vector copied: %1 numbers.</source>
        <translation>Stilvektor kopiert: %1 Zahlen.</translation>
    </message>
</context>
<context>
    <name>SwapTimeline</name>
    <message>
        <source>Swap steps λ on the scheduler steps (left: noise, right: the image). Drag a marker to move it, click to add one, right-click to remove one. Keys: Left/Right move the selected marker (Ctrl: by 5), Up/Down select another, Insert adds, Delete removes.</source>
        <translation>Wechselschritte λ auf den Scheduler-Schritten (links: Rauschen, rechts: das Bild). Eine Markierung ziehen, um sie zu verschieben, klicken, um eine hinzuzufügen, Rechtsklick, um eine zu entfernen. Tasten: Links/Rechts verschieben die gewählte Markierung (Strg: um 5), Auf/Ab wählen eine andere, Einfg fügt hinzu, Entf entfernt.</translation>
    </message>
    <message>
        <source>Swap step timeline</source>
        <translation>Zeitleiste der Wechselschritte</translation>
    </message>
</context>
<context>
    <name>TrainProgressPanel</name>
    <message>
        <source>Open trained model</source>
        <translation>Trainiertes Modell öffnen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>Loss</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Trainings-Loss</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Validierungs-Loss</translation>
    </message>
    <message>
        <source>Training loss of every step and validation loss (fixed noise and timesteps); drag to pan, wheel to zoom</source>
        <translation>Trainings-Loss jedes Schritts und Validierungs-Loss (festes Rauschen und feste Zeitschritte); ziehen zum Verschieben, Mausrad zum Zoomen</translation>
    </message>
    <message>
        <source>Sample grids appear here while training</source>
        <translation>Beispielraster erscheinen hier während des Trainings</translation>
    </message>
    <message>
        <source>The latest sample grid: each class with a few styles, fixed seeds</source>
        <translation>Das neueste Beispielraster: jede Klasse mit einigen Stilen, feste Seeds</translation>
    </message>
    <message>
        <source>Open the trained model of this run (for the Generate and Style views)</source>
        <translation>Das trainierte Modell dieses Laufs öffnen (für die Ansichten „Generieren“ und „Stil“)</translation>
    </message>
    <message>
        <source>Press Train to start a run; the loss curves appear here.</source>
        <translation>Klicken Sie auf „Trainieren“, um einen Lauf zu starten; die Loss-Kurven erscheinen hier.</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2 · loss %3 · KL %4 · learning rate %5 · %6 images/s</source>
        <translation>Schritt %1 von %2 · Loss %3 · KL %4 · Lernrate %5 · %6 Bilder/s</translation>
    </message>
    <message>
        <source>Checkpoint written at step %1: %2</source>
        <translation>Checkpoint bei Schritt %1 geschrieben: %2</translation>
    </message>
    <message>
        <source>Open the trained model of this run</source>
        <translation>Das trainierte Modell dieses Laufs öffnen</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
</context>
<context>
    <name>TrainSettingsPanel</name>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Folder with one sub-folder per class, or a CSV</source>
        <translation>Ordner mit einem Unterordner pro Klasse oder eine CSV-Datei</translation>
    </message>
    <message>
        <source>The training images: a folder with one sub-folder per class, or a CSV manifest with the columns path and class</source>
        <translation>Die Trainingsbilder: ein Ordner mit einem Unterordner pro Klasse oder ein CSV-Manifest mit den Spalten path und class</translation>
    </message>
    <message>
        <source>Choose the dataset folder or CSV manifest</source>
        <translation>Datensatzordner oder CSV-Manifest wählen</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Ordner…</translation>
    </message>
    <message>
        <source>CSV manifest…</source>
        <translation>CSV-Manifest…</translation>
    </message>
    <message>
        <source>Check every image of the dataset and count the classes (a job; unreadable files are listed with the reason)</source>
        <translation>Jedes Bild des Datensatzes prüfen und die Klassen zählen (ein Auftrag; unlesbare Dateien werden mit Grund aufgeführt)</translation>
    </message>
    <message>
        <source>The Stable Diffusion model to fine-tune (a diffusers folder or a .safetensors file)</source>
        <translation>Das feinabzustimmende Stable-Diffusion-Modell (ein diffusers-Ordner oder eine .safetensors-Datei)</translation>
    </message>
    <message>
        <source>Choose the base model</source>
        <translation>Basismodell wählen</translation>
    </message>
    <message>
        <source>Model folder…</source>
        <translation>Modellordner…</translation>
    </message>
    <message>
        <source>Model file…</source>
        <translation>Modelldatei…</translation>
    </message>
    <message>
        <source>The run folder: configuration, loss log, sample grids, checkpoints and the trained model are written here</source>
        <translation>Der Laufordner: Konfiguration, Loss-Protokoll, Beispielraster, Checkpoints und das trainierte Modell werden hier geschrieben</translation>
    </message>
    <message>
        <source>Choose the run folder</source>
        <translation>Laufordner wählen</translation>
    </message>
    <message>
        <source>Open run…</source>
        <translation>Lauf öffnen…</translation>
    </message>
    <message>
        <source>Open an existing run: its settings, loss curves and latest samples</source>
        <translation>Einen vorhandenen Lauf öffnen: Einstellungen, Loss-Kurven und neueste Beispiele</translation>
    </message>
    <message>
        <source>Preset: fills the settings below with values that suit the data and the machine</source>
        <translation>Voreinstellung: füllt die Einstellungen unten mit Werten, die zu Daten und Rechner passen</translation>
    </message>
    <message>
        <source>CLUE (style path)</source>
        <translation>CLUE (Stilpfad)</translation>
    </message>
    <message>
        <source>Vanilla fine-tune</source>
        <translation>Vanilla-Feinabstimmung</translation>
    </message>
    <message>
        <source>CLUE learns a style vector s per image (style encoder + a second cross-attention); vanilla fine-tunes the U-Net only (the baseline)</source>
        <translation>CLUE lernt pro Bild einen Stilvektor s (Stil-Encoder + eine zweite Cross-Attention); Vanilla stimmt nur das U-Net ab (die Vergleichsbasis)</translation>
    </message>
    <message>
        <source>Whole U-Net</source>
        <translation>Gesamtes U-Net</translation>
    </message>
    <message>
        <source>New layers only</source>
        <translation>Nur neue Schichten</translation>
    </message>
    <message>
        <source>Which weights train: the whole U-Net, or only the new style layers (U-Net frozen; faster, less memory)</source>
        <translation>Welche Gewichte trainieren: das gesamte U-Net oder nur die neuen Stilschichten (U-Net eingefroren; schneller, weniger Speicher)</translation>
    </message>
    <message>
        <source>Optimizer steps to train</source>
        <translation>Zu trainierende Optimiererschritte</translation>
    </message>
    <message>
        <source>Images per optimizer step</source>
        <translation>Bilder pro Optimiererschritt</translation>
    </message>
    <message>
        <source>Learning rate of the U-Net weights (1e-5 is typical)</source>
        <translation>Lernrate der U-Net-Gewichte (1e-5 ist üblich)</translation>
    </message>
    <message>
        <source>Learning rate of the new layers: style attention, token projector, style encoder</source>
        <translation>Lernrate der neuen Schichten: Stil-Attention, Token-Projektor, Stil-Encoder</translation>
    </message>
    <message>
        <source>β: weight of the KL term that keeps s close to N(0, I); larger = smoother style space, less detail</source>
        <translation>β: Gewicht des KL-Terms, der s nahe N(0, I) hält; größer = glatterer Stilraum, weniger Details</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Model native</source>
        <translation>Modell-Standard</translation>
    </message>
    <message>
        <source>Training image size in pixels; images are preprocessed to this square size</source>
        <translation>Größe der Trainingsbilder in Pixeln; die Bilder werden auf dieses Quadrat vorverarbeitet</translation>
    </message>
    <message>
        <source>The training prompt; {class} is replaced by each image&apos;s class</source>
        <translation>Der Trainings-Prompt; {class} wird durch die Klasse jedes Bildes ersetzt</translation>
    </message>
    <message>
        <source>Steps between validation-loss measurements (fixed noise and timesteps)</source>
        <translation>Schritte zwischen Messungen des Validierungs-Loss (festes Rauschen und feste Zeitschritte)</translation>
    </message>
    <message>
        <source>Steps between sample grids (each class with a few styles)</source>
        <translation>Schritte zwischen Beispielrastern (jede Klasse mit einigen Stilen)</translation>
    </message>
    <message>
        <source>Steps between checkpoints (Stop always writes one)</source>
        <translation>Schritte zwischen Checkpoints („Stopp“ schreibt immer einen)</translation>
    </message>
    <message>
        <source>Start a new run in the run folder</source>
        <translation>Einen neuen Lauf im Laufordner starten</translation>
    </message>
    <message>
        <source>Stop after the current step; a checkpoint is written so that nothing is lost</source>
        <translation>Nach dem aktuellen Schritt anhalten; ein Checkpoint wird geschrieben, damit nichts verloren geht</translation>
    </message>
    <message>
        <source>Continue the run in the run folder from its latest checkpoint</source>
        <translation>Den Lauf im Laufordner ab seinem neuesten Checkpoint fortsetzen</translation>
    </message>
    <message>
        <source>Data and model</source>
        <translation>Daten und Modell</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Base model</source>
        <translation>Basismodell</translation>
    </message>
    <message>
        <source>Run folder</source>
        <translation>Laufordner</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>LR U-Net</source>
        <translation>LR U-Net</translation>
    </message>
    <message>
        <source>LR new layers</source>
        <translation>LR neue Schichten</translation>
    </message>
    <message>
        <source>KL weight β</source>
        <translation>KL-Gewicht β</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>Prompt template</source>
        <translation>Prompt-Vorlage</translation>
    </message>
    <message>
        <source>Validate every</source>
        <translation>Validieren alle</translation>
    </message>
    <message>
        <source>Samples every</source>
        <translation>Beispiele alle</translation>
    </message>
    <message>
        <source>Checkpoint every</source>
        <translation>Checkpoint alle</translation>
    </message>
    <message>
        <source>A few hundred images (GPU)</source>
        <translation>Einige hundert Bilder (GPU)</translation>
    </message>
    <message>
        <source>Small model on the CPU</source>
        <translation>Kleines Modell auf der CPU</translation>
    </message>
    <message>
        <source>Smoke test (a few steps)</source>
        <translation>Schnelltest (wenige Schritte)</translation>
    </message>
    <message>
        <source>Choose the dataset folder</source>
        <translation>Datensatzordner wählen</translation>
    </message>
    <message>
        <source>Choose the CSV manifest</source>
        <translation>CSV-Manifest wählen</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Choose the base model folder</source>
        <translation>Ordner des Basismodells wählen</translation>
    </message>
    <message>
        <source>Choose the base model file</source>
        <translation>Datei des Basismodells wählen</translation>
    </message>
    <message>
        <source>Safetensors checkpoints (*.safetensors)</source>
        <translation>Safetensors-Checkpoints (*.safetensors)</translation>
    </message>
</context>
<context>
    <name>TrainView</name>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Classes and image counts of the scanned dataset, and the skipped files</source>
        <translation>Klassen und Bildanzahlen des geprüften Datensatzes sowie die übersprungenen Dateien</translation>
    </message>
    <message>
        <source>Preprocessing</source>
        <translation>Vorverarbeitung</translation>
    </message>
    <message>
        <source>How the images are prepared for training, stage by stage</source>
        <translation>Wie die Bilder Stufe für Stufe für das Training vorbereitet werden</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Loss curves and sample grids of the run</source>
        <translation>Loss-Kurven und Beispielraster des Laufs</translation>
    </message>
    <message>
        <source>Choose a dataset folder or CSV manifest first</source>
        <translation>Wählen Sie zuerst einen Datensatzordner oder ein CSV-Manifest</translation>
    </message>
    <message>
        <source>Scan dataset</source>
        <translation>Datensatz prüfen</translation>
    </message>
    <message>
        <source>Scanning %1 …</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Trainieren</translation>
    </message>
    <message>
        <source>The run folder %1 already holds a run.</source>
        <translation>Der Laufordner %1 enthält bereits einen Lauf.</translation>
    </message>
    <message>
        <source>Resume it from its latest checkpoint, or start over (its checkpoints are replaced)?</source>
        <translation>Ab dem neuesten Checkpoint fortsetzen oder neu beginnen (die Checkpoints werden ersetzt)?</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>The training settings cannot be used</source>
        <translation>Die Trainingseinstellungen können nicht verwendet werden</translation>
    </message>
    <message>
        <source>Resuming …</source>
        <translation>Wird fortgesetzt …</translation>
    </message>
    <message>
        <source>Starting …</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>Training resumes.</source>
        <translation>Das Training wird fortgesetzt.</translation>
    </message>
    <message>
        <source>Training queued.</source>
        <translation>Training eingereiht.</translation>
    </message>
    <message>
        <source>Stopping after the current step; a checkpoint is written …</source>
        <translation>Anhalten nach dem aktuellen Schritt; ein Checkpoint wird geschrieben …</translation>
    </message>
    <message>
        <source>Stopped at step %1; checkpoint: %2 (Resume continues from there)</source>
        <translation>Bei Schritt %1 angehalten; Checkpoint: %2 („Fortsetzen“ macht dort weiter)</translation>
    </message>
    <message>
        <source>Finished: %1 steps · last loss %2 · validation loss %3</source>
        <translation>Fertig: %1 Schritte · letzter Loss %2 · Validierungs-Loss %3</translation>
    </message>
    <message>
        <source>Open run</source>
        <translation>Lauf öffnen</translation>
    </message>
    <message>
        <source>Run %1: no steps logged yet.</source>
        <translation>Lauf %1: noch keine Schritte protokolliert.</translation>
    </message>
    <message>
        <source>Run %1: %2 steps logged, last loss %3</source>
        <translation>Lauf %1: %2 Schritte protokolliert, letzter Loss %3</translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Training stopped.</source>
        <translation>Training angehalten.</translation>
    </message>
    <message>
        <source>Training finished.</source>
        <translation>Training abgeschlossen.</translation>
    </message>
    <message>
        <source>The dataset could not be scanned.</source>
        <translation>Der Datensatz konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The dataset could not be scanned</source>
        <translation>Der Datensatz konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>Training failed.</source>
        <translation>Training fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation>Training fehlgeschlagen</translation>
    </message>
    <message>
        <source>The run could not be opened</source>
        <translation>Der Lauf konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Dataset scanned. Usable images: %1.</source>
        <translation>Datensatz geprüft. Verwendbare Bilder: %1.</translation>
    </message>
</context>
<context>
    <name>TrajectoryPanel</name>
    <message>
        <source>e.g. the normal class</source>
        <translation>z. B. die Klasse „normal“</translation>
    </message>
    <message>
        <source>Neutral prompt e: conditions the first λ steps of every image (and all steps of the neutral image)</source>
        <translation>Neutraler Prompt e: bestimmt die ersten λ Schritte jedes Bildes (und alle Schritte des neutralen Bildes)</translation>
    </message>
    <message>
        <source>e.g. a class with the attribute</source>
        <translation>z. B. eine Klasse mit dem Attribut</translation>
    </message>
    <message>
        <source>Attribute prompt e′: replaces the neutral prompt after step λ</source>
        <translation>Attribut-Prompt e′: ersetzt den neutralen Prompt nach Schritt λ</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Sampler; one step is one scheduler step (the authors use DDIM)</source>
        <translation>Sampler; ein Schritt ist ein Scheduler-Schritt (die Autoren verwenden DDIM)</translation>
    </message>
    <message>
        <source>Sampling steps N; the swap steps λ count these (the authors use 50)</source>
        <translation>Sampling-Schritte N; die Wechselschritte λ zählen diese (die Autoren verwenden 50)</translation>
    </message>
    <message>
        <source>CFG scale (the authors use 7.5)</source>
        <translation>CFG-Skala (die Autoren verwenden 7,5)</translation>
    </message>
    <message>
        <source>Seed: one noise for every λ, so that only the swap step differs between the images</source>
        <translation>Seed: ein Rauschen für jedes λ, sodass sich die Bilder nur im Wechselschritt unterscheiden</translation>
    </message>
    <message>
        <source>A new random seed</source>
        <translation>Ein neuer zufälliger Seed</translation>
    </message>
    <message>
        <source>Swap steps λ, comma-separated: the attribute prompt takes over after step λ (large λ: late swap, close to the neutral image; small λ: a strong edit). The timeline edits the same list.</source>
        <translation>Wechselschritte λ, durch Kommas getrennt: nach Schritt λ übernimmt der Attribut-Prompt (großes λ: später Wechsel, nahe am neutralen Bild; kleines λ: eine starke Änderung). Die Zeitleiste bearbeitet dieselbe Liste.</translation>
    </message>
    <message>
        <source>Frames K sampled along the Bézier path (decoded after the run; the curve slider shows them at once and decodes exact points between them)</source>
        <translation>Anzahl K der Einzelbilder entlang des Bézier-Pfads (nach dem Lauf dekodiert; der Kurvenregler zeigt sie sofort und dekodiert genaue Punkte dazwischen)</translation>
    </message>
    <message>
        <source>Run the prompt swap for every λ, then decode the Bézier frames (Ctrl+Enter)</source>
        <translation>Den Prompt-Wechsel für jedes λ ausführen, dann die Bézier-Einzelbilder dekodieren (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Stop the run after the current step (Esc)</source>
        <translation>Den Lauf nach dem aktuellen Schritt anhalten (Esc)</translation>
    </message>
    <message>
        <source>Neutral prompt</source>
        <translation>Neutraler Prompt</translation>
    </message>
    <message>
        <source>Attribute prompt</source>
        <translation>Attribut-Prompt</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>Sampler</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>CFG scale</source>
        <translation>CFG-Skala</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Swap steps λ</source>
        <translation>Wechselschritte λ</translation>
    </message>
    <message>
        <source>Frames K</source>
        <translation>Einzelbilder K</translation>
    </message>
    <message>
        <source>&lt;b&gt;Prompt-swap trajectory&lt;/b&gt;</source>
        <translation>&lt;b&gt;Prompt-Wechsel-Trajektorie&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Swap steps: whole numbers separated by commas, e.g. 45, 40, 35</source>
        <translation>Wechselschritte: ganze Zahlen, durch Kommas getrennt, z. B. 45, 40, 35</translation>
    </message>
</context>
<context>
    <name>TrajectoryStrip</name>
    <message>
        <source>One image per swap step λ, the neutral image first; under each: λ and the cosine between its latent direction and the strongest edit&apos;s. Click one to show it.</source>
        <translation>Ein Bild je Wechselschritt λ, das neutrale Bild zuerst; darunter jeweils λ und der Kosinus zwischen seiner latenten Richtung und der der stärksten Änderung. Zum Anzeigen anklicken.</translation>
    </message>
    <message>
        <source>Trajectory strip</source>
        <translation>Trajektorie-Leiste</translation>
    </message>
    <message>
        <source>neutral</source>
        <translation>neutral</translation>
    </message>
    <message>
        <source>λ = %1</source>
        <translation>λ = %1</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>computed</source>
        <translation>berechnet</translation>
    </message>
    <message>
        <source>running …</source>
        <translation>läuft …</translation>
    </message>
    <message>
        <source>no swap</source>
        <translation>kein Wechsel</translation>
    </message>
    <message>
        <source>cos %1</source>
        <translation>cos %1</translation>
    </message>
    <message>
        <source>The neutral image: the neutral prompt for all %1 steps</source>
        <translation>Das neutrale Bild: der neutrale Prompt für alle %1 Schritte</translation>
    </message>
    <message>
        <source>The attribute prompt for all %1 steps</source>
        <translation>Der Attribut-Prompt für alle %1 Schritte</translation>
    </message>
    <message>
        <source>The neutral prompt for steps 1–%1, the attribute prompt for steps %2–%3</source>
        <translation>Der neutrale Prompt für die Schritte 1–%1, der Attribut-Prompt für die Schritte %2–%3</translation>
    </message>
</context>
<context>
    <name>TrajectoryView</name>
    <message>
        <source>&lt;b&gt;Swap steps λ&lt;/b&gt; — drag a marker to move it, click to add one, right-click to remove one (step 0: pure noise, right end: the image)</source>
        <translation>&lt;b&gt;Wechselschritte λ&lt;/b&gt; — eine Markierung ziehen, um sie zu verschieben, klicken, um eine hinzuzufügen, Rechtsklick, um eine zu entfernen (Schritt 0: reines Rauschen, rechtes Ende: das Bild)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Direction cosine&lt;/b&gt; along the trajectory</source>
        <translation>&lt;b&gt;Richtungskosinus&lt;/b&gt; entlang der Trajektorie</translation>
    </message>
    <message>
        <source>Swap steps must be different numbers from 0 to %1; the others were dropped.</source>
        <translation>Wechselschritte müssen verschiedene Zahlen von 0 bis %1 sein; die anderen wurden verworfen.</translation>
    </message>
    <message>
        <source>Control point %1 · %2</source>
        <translation>Kontrollpunkt %1 · %2</translation>
    </message>
    <message>
        <source>A trajectory is already running.</source>
        <translation>Es läuft bereits eine Trajektorie.</translation>
    </message>
    <message>
        <source>Open a model first.</source>
        <translation>Öffnen Sie zuerst ein Modell.</translation>
    </message>
    <message>
        <source>Trajectory</source>
        <translation>Trajektorie</translation>
    </message>
    <message>
        <source>Trajectory: %1 images, then %2 frames along the Bézier path …</source>
        <translation>Trajektorie: %1 Bilder, dann %2 Einzelbilder entlang des Bézier-Pfads …</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>%n Datei nach %1 exportiert</numerusform>
            <numerusform>%n Dateien nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Trajectory ready: %1 images, %2 frames.</source>
        <translation>Trajektorie fertig: %1 Bilder, %2 Einzelbilder.</translation>
    </message>
    <message>
        <source>Trajectory cancelled.</source>
        <translation>Trajektorie abgebrochen.</translation>
    </message>
    <message>
        <source>The trajectory failed</source>
        <translation>Die Trajektorie ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The point on the Bézier path could not be decoded</source>
        <translation>Der Punkt auf dem Bézier-Pfad konnte nicht dekodiert werden</translation>
    </message>
    <message>
        <source>The trajectory could not be exported</source>
        <translation>Die Trajektorie konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Bézier point</source>
        <translation>Bézier-Punkt</translation>
    </message>
    <message>
        <source>Loading %1 …</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <source>Open a model to start (File ▸ Open the demo model)</source>
        <translation>Öffnen Sie zum Starten ein Modell (Datei ▸ Demomodell öffnen)</translation>
    </message>
    <message numerus="yes">
        <source>Running the prompt swap for %n swap step(s) …</source>
        <translation>
            <numerusform>Prompt-Wechsel für %n Wechselschritt läuft …</numerusform>
            <numerusform>Prompt-Wechsel für %n Wechselschritte läuft …</numerusform>
        </translation>
    </message>
    <message>
        <source>Pick a neutral and an attribute prompt, set the swap steps on the timeline, then press Run (Ctrl+Enter)</source>
        <translation>Wählen Sie einen neutralen und einen Attribut-Prompt, setzen Sie die Wechselschritte auf der Zeitleiste und drücken Sie dann Ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>The folder the exports are written to (created when missing); a new one under the output folder after each run</source>
        <translation>Der Ordner, in den exportiert wird (wird bei Bedarf angelegt); nach jedem Lauf ein neuer im Ausgabeordner</translation>
    </message>
    <message>
        <source>Run a trajectory first</source>
        <translation>Führen Sie zuerst eine Trajektorie aus</translation>
    </message>
    <message>
        <source>Pick the export folder</source>
        <translation>Exportordner wählen</translation>
    </message>
    <message>
        <source>Export the trajectory to</source>
        <translation>Trajektorie exportieren nach</translation>
    </message>
    <message>
        <source>Strip PNG</source>
        <translation>Leiste als PNG</translation>
    </message>
    <message>
        <source>strip.png: the images of every λ side by side, labelled</source>
        <translation>strip.png: die Bilder aller λ nebeneinander, beschriftet</translation>
    </message>
    <message>
        <source>Frames PNG</source>
        <translation>Einzelbilder als PNG</translation>
    </message>
    <message>
        <source>frames/frame_000.png …: the Bézier frames</source>
        <translation>frames/frame_000.png …: die Bézier-Einzelbilder</translation>
    </message>
    <message>
        <source>Animated GIF</source>
        <translation>Animiertes GIF</translation>
    </message>
    <message>
        <source>trajectory.gif: the Bézier frames as a looping animation</source>
        <translation>trajectory.gif: die Bézier-Einzelbilder als Endlosanimation</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>trajectory.csv: λ and the direction and turn cosines per control point</source>
        <translation>trajectory.csv: λ sowie Richtungs- und Knickkosinus je Kontrollpunkt</translation>
    </message>
    <message>
        <source>Export all</source>
        <translation>Alles exportieren</translation>
    </message>
    <message>
        <source>All of the above into the export folder</source>
        <translation>Alles oben Genannte in den Exportordner</translation>
    </message>
    <message>
        <source>Export trajectory</source>
        <translation>Trajektorie exportieren</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CLUE Studio: a Stable Diffusion workbench.</source>
        <translation>CLUE Studio: eine Werkbank für Stable Diffusion.</translation>
    </message>
    <message>
        <source>Load this model folder or .safetensors file.</source>
        <translation>Diesen Modellordner oder diese .safetensors-Datei laden.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Put this text in the prompt field.</source>
        <translation>Diesen Text in das Prompt-Feld einsetzen.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Start generating once the model is loaded.</source>
        <translation>Mit dem Generieren beginnen, sobald das Modell geladen ist.</translation>
    </message>
    <message>
        <source>Save a screenshot of the window after the first result (or the timeout) and quit.</source>
        <translation>Nach dem ersten Ergebnis (oder der Zeitüberschreitung) ein Bildschirmfoto des Fensters speichern und beenden.</translation>
    </message>
    <message>
        <source>file.png</source>
        <translation>datei.png</translation>
    </message>
    <message>
        <source>Seconds to wait before --grab gives up waiting (default 120).</source>
        <translation>Sekunden, die --grab höchstens wartet (Standard 120).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>User interface language: en, de or ko.</source>
        <translation>Sprache der Benutzeroberfläche: en, de oder ko.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Read and write settings in this INI file instead of the user&apos;s.</source>
        <translation>Einstellungen in dieser INI-Datei statt in denen des Benutzers lesen und schreiben.</translation>
    </message>
    <message>
        <source>file.ini</source>
        <translation>datei.ini</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unknown view %1; use one of: %2</source>
        <translation>Unbekannte Ansicht %1; verwenden Sie eine von: %2</translation>
    </message>
    <message>
        <source>Open a wizard once the model is loaded: augment, or augment:PAGE to go on to page 1-5 (with --generate: press Start there); --grab then saves the wizard.</source>
        <translation>Einen Assistenten öffnen, sobald das Modell geladen ist: augment, oder augment:SEITE, um zu Seite 1-5 zu gehen (mit --generate: dort „Starten“ drücken); --grab speichert dann den Assistenten.</translation>
    </message>
    <message>
        <source>Fill the augmentation wizard from this recipe (clue augment --recipe).</source>
        <translation>Den Augmentierungsassistenten aus diesem Rezept füllen (clue augment --recipe).</translation>
    </message>
    <message>
        <source>file.json</source>
        <translation>datei.json</translation>
    </message>
    <message>
        <source>Unknown wizard %1; use augment</source>
        <translation>Unbekannter Assistent %1; verwenden Sie augment</translation>
    </message>
    <message>
        <source>Show this evaluation report (results.json) in the Evaluate view.</source>
        <translation>Diesen Auswertungsbericht (results.json) in der Ansicht „Auswerten“ zeigen.</translation>
    </message>
    <message>
        <source>results.json</source>
        <translation>results.json</translation>
    </message>
    <message>
        <source>Cannot read the report %1</source>
        <translation>Der Bericht %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Open this view: generate, train, style, style-space, trajectory, background or evaluate.</source>
        <translation>Diese Ansicht öffnen: generate, train, style, style-space, trajectory, background oder evaluate.</translation>
    </message>
    <message>
        <source>Background view: open this reference image (with --generate: replace its background once the model is loaded).</source>
        <translation>Hintergrund-Ansicht: dieses Referenzbild öffnen (mit --generate: seinen Hintergrund ersetzen, sobald das Modell geladen ist).</translation>
    </message>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Background view: the subject word of the prompt.</source>
        <translation>Hintergrund-Ansicht: das Subjektwort des Prompts.</translation>
    </message>
    <message>
        <source>word</source>
        <translation>Wort</translation>
    </message>
    <message>
        <source>Cannot read the image %1</source>
        <translation>Das Bild %1 kann nicht gelesen werden</translation>
    </message>
</context>
</TS>
