<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>Open the tiny bundled model (fast; for trying the program, not for real images)</source>
        <translation>Das winzige mitgelieferte Modell öffnen (schnell; zum Ausprobieren des Programms, nicht für echte Bilder)</translation>
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
</context>
</TS>
