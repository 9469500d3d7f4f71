<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CopingIdeas</name>
    <message>
        <source>Cool your hands under running water</source>
        <translation>Kühl deine Hände unter fließendem Wasser</translation>
    </message>
    <message>
        <source>Let cool water run over your hands for a minute. Notice the cool, then dry them slowly on a soft towel.</source>
        <translation>Lass eine Minute lang kühles Wasser über deine Hände laufen. Spür die Kühle und trockne sie dann langsam mit einem weichen Handtuch ab.</translation>
    </message>
    <message>
        <source>Splash cold water on your face</source>
        <translation>Spritz dir kaltes Wasser ins Gesicht</translation>
    </message>
    <message>
        <source>Do it a few times, then breathe out slowly. Cold water on the face helps the body slow down.</source>
        <translation>Mach das ein paar Mal und atme dann langsam aus. Kaltes Wasser im Gesicht hilft dem Körper, ruhiger zu werden.</translation>
    </message>
    <message>
        <source>Finish a shower cool</source>
        <translation>Dusch zum Schluss kühl</translation>
    </message>
    <message>
        <source>Start warm, then turn the water cooler for the last minute. Feel it on your shoulders and back.</source>
        <translation>Fang warm an und dreh das Wasser in der letzten Minute kühler. Spür es auf den Schultern und dem Rücken.</translation>
    </message>
    <message>
        <source>Taste something very sour</source>
        <translation>Schmeck etwas sehr Saures</translation>
    </message>
    <message>
        <source>A sour sweet or a slice of lemon or lime. Let the taste fill your mouth and notice every part of it.</source>
        <translation>Ein saures Bonbon oder eine Scheibe Zitrone oder Limette. Lass den Geschmack deinen Mund füllen und achte auf jede Einzelheit.</translation>
    </message>
    <message>
        <source>Try a strong, spicy taste</source>
        <translation>Probier etwas kräftig Scharfes</translation>
    </message>
    <message>
        <source>A little hot sauce, a spicy crisp or a strong ginger sweet. Follow the taste as it slowly fades.</source>
        <translation>Ein bisschen scharfe Soße, ein scharfer Chip oder ein kräftiges Ingwerbonbon. Folge dem Geschmack, bis er langsam nachlässt.</translation>
    </message>
    <message>
        <source>Chew strong mint gum</source>
        <translation>Kau einen starken Minzkaugummi</translation>
    </message>
    <message>
        <source>Peppermint or a strong mint sweet. Breathe in through your mouth and feel the cool air.</source>
        <translation>Pfefferminz oder ein starkes Minzbonbon. Atme durch den Mund ein und spür die kühle Luft.</translation>
    </message>
    <message>
        <source>Play music loud in headphones</source>
        <translation>Hör laute Musik über Kopfhörer</translation>
    </message>
    <message>
        <source>Choose something with a strong beat and let it fill your head for one whole song.</source>
        <translation>Such dir etwas mit einem kräftigen Rhythmus aus und lass es einen ganzen Song lang deinen Kopf füllen.</translation>
    </message>
    <message>
        <source>Squeeze a stress ball</source>
        <translation>Drück einen Stressball</translation>
    </message>
    <message>
        <source>Squeeze it firmly while you count to five, then let go and feel your hands relax. Do it a few times. Stop if it hurts.</source>
        <translation>Drück ihn fest, während du bis fünf zählst, dann lass los und spür, wie deine Hände locker werden. Mach das ein paar Mal. Hör auf, wenn es wehtut.</translation>
    </message>
    <message>
        <source>Rest a wrapped cold pack on your neck</source>
        <translation>Leg dir ein eingewickeltes Kühlpack in den Nacken</translation>
    </message>
    <message>
        <source>Wrap a cold pack in a tea towel and rest it on the back of your neck for a minute or two. Notice the cool, and take it away whenever you like.</source>
        <translation>Wickle ein Kühlpack in ein Geschirrtuch und leg es dir ein, zwei Minuten lang in den Nacken. Spür die Kühle und nimm es weg, wann immer du möchtest.</translation>
    </message>
    <message>
        <source>Stamp your feet</source>
        <translation>Stampf mit den Füßen</translation>
    </message>
    <message>
        <source>Stand up and stamp hard on the floor, left then right. Feel the ground push back against you.</source>
        <translation>Steh auf und stampf kräftig auf den Boden, links, dann rechts. Spür, wie der Boden dich trägt.</translation>
    </message>
    <message>
        <source>Smell something strong</source>
        <translation>Riech an etwas Kräftigem</translation>
    </message>
    <message>
        <source>Coffee beans, lemon peel, vinegar or a strong soap. Take a few slow breaths of it.</source>
        <translation>Kaffeebohnen, Zitronenschale, Essig oder eine kräftig duftende Seife. Atme den Duft ein paar Mal langsam ein.</translation>
    </message>
    <message>
        <source>Feel different textures</source>
        <translation>Fühl verschiedene Oberflächen</translation>
    </message>
    <message>
        <source>Run your hands over something rough, then something smooth: a towel, a hairbrush, a cool stone.</source>
        <translation>Fahr mit den Händen über etwas Raues und dann über etwas Glattes: ein Handtuch, eine Haarbürste, einen kühlen Stein.</translation>
    </message>
    <message>
        <source>Sip an ice-cold drink</source>
        <translation>Trink etwas Eiskaltes</translation>
    </message>
    <message>
        <source>Drink it slowly and follow the cold all the way down.</source>
        <translation>Trink langsam in kleinen Schlucken und folge der Kälte den ganzen Weg hinunter.</translation>
    </message>
    <message>
        <source>Clap along to a song</source>
        <translation>Klatsch zu einem Lied mit</translation>
    </message>
    <message>
        <source>Clap along to a fast song for thirty seconds, then rest your hands and notice how they feel. Stop if it hurts.</source>
        <translation>Klatsch dreißig Sekunden lang zu einem schnellen Lied mit, lass die Hände dann ruhen und spür nach, wie sie sich anfühlen. Hör auf, wenn es wehtut.</translation>
    </message>
    <message>
        <source>Do a puzzle</source>
        <translation>Löse ein Rätsel</translation>
    </message>
    <message>
        <source>A crossword, a sudoku or a jigsaw: something that needs all of your attention for a while.</source>
        <translation>Ein Kreuzworträtsel, ein Sudoku oder ein Puzzle: etwas, das eine Weile deine ganze Aufmerksamkeit braucht.</translation>
    </message>
    <message>
        <source>Count backwards in sevens</source>
        <translation>Zähl in Siebenerschritten rückwärts</translation>
    </message>
    <message>
        <source>Start at 200 and count down in sevens. If you lose your place, just start again.</source>
        <translation>Fang bei 200 an und zieh immer sieben ab. Wenn du durcheinanderkommst, fang einfach neu an.</translation>
    </message>
    <message>
        <source>Watch something familiar</source>
        <translation>Schau etwas Vertrautes</translation>
    </message>
    <message>
        <source>A favourite episode or film you know well. Familiar stories ask little of you and fill the time.</source>
        <translation>Eine Lieblingsfolge oder einen Film, den du gut kennst. Vertraute Geschichten verlangen wenig von dir und füllen die Zeit.</translation>
    </message>
    <message>
        <source>Go for a walk</source>
        <translation>Geh spazieren</translation>
    </message>
    <message>
        <source>Around the block, or up and down the stairs. Name the colours of the things you pass.</source>
        <translation>Einmal um den Block oder die Treppe rauf und runter. Zähl die Farben der Dinge auf, an denen du vorbeikommst.</translation>
    </message>
    <message>
        <source>Tidy one small space</source>
        <translation>Räum eine kleine Ecke auf</translation>
    </message>
    <message>
        <source>One drawer, one shelf or your desk. A small task you can finish can steady you.</source>
        <translation>Eine Schublade, ein Regalbrett oder deinen Schreibtisch. Eine kleine Aufgabe, die du zu Ende bringen kannst, kann dir Halt geben.</translation>
    </message>
    <message>
        <source>Play a game</source>
        <translation>Spiel ein Spiel</translation>
    </message>
    <message>
        <source>A video game, a card game like patience, or a phone game that needs quick thinking.</source>
        <translation>Ein Videospiel, ein Kartenspiel wie Patience oder ein Handyspiel, bei dem du schnell denken musst.</translation>
    </message>
    <message>
        <source>Cook or bake something simple</source>
        <translation>Koch oder back etwas Einfaches</translation>
    </message>
    <message>
        <source>Follow a recipe step by step. Measuring and stirring keep your hands and mind busy.</source>
        <translation>Folge einem Rezept Schritt für Schritt. Abmessen und Umrühren halten Hände und Kopf beschäftigt.</translation>
    </message>
    <message>
        <source>Message a friend about anything</source>
        <translation>Schreib jemandem, egal worüber</translation>
    </message>
    <message>
        <source>You don&apos;t have to talk about how you feel. Ask about their day or send something funny.</source>
        <translation>Du musst nicht darüber reden, wie es dir geht. Frag eine Freundin oder einen Freund nach dem Tag oder schick etwas Lustiges.</translation>
    </message>
    <message>
        <source>Play the alphabet game</source>
        <translation>Spiel das ABC-Spiel</translation>
    </message>
    <message>
        <source>Name an animal, a food or a city for every letter from A to Z.</source>
        <translation>Finde zu jedem Buchstaben von A bis Z ein Tier, ein Essen oder eine Stadt.</translation>
    </message>
    <message>
        <source>Listen to a podcast or an audiobook</source>
        <translation>Hör einen Podcast oder ein Hörbuch</translation>
    </message>
    <message>
        <source>Pick something light and let another voice keep you company for a while.</source>
        <translation>Such dir etwas Leichtes aus und lass dir eine Weile von einer anderen Stimme Gesellschaft leisten.</translation>
    </message>
    <message>
        <source>Go where other people are</source>
        <translation>Geh dorthin, wo andere Menschen sind</translation>
    </message>
    <message>
        <source>A café, a library or a park. Being near others, even quietly, can help the urge pass.</source>
        <translation>Ein Café, eine Bücherei oder ein Park. In der Nähe anderer zu sein, auch ganz still, kann dem Drang helfen, vorbeizugehen.</translation>
    </message>
    <message>
        <source>Sort something</source>
        <translation>Sortier etwas</translation>
    </message>
    <message>
        <source>Coins, buttons, books or photos. Steady, simple sorting calms a busy mind.</source>
        <translation>Münzen, Knöpfe, Bücher oder Fotos. Gleichmäßiges, einfaches Sortieren bringt einen vollen Kopf zur Ruhe.</translation>
    </message>
    <message>
        <source>Learn five words in a new language</source>
        <translation>Lern fünf Wörter einer neuen Sprache</translation>
    </message>
    <message>
        <source>Pick any language and say each word out loud until it sticks.</source>
        <translation>Such dir irgendeine Sprache aus und sag jedes Wort laut, bis es sitzt.</translation>
    </message>
    <message>
        <source>Write it all down</source>
        <translation>Schreib alles auf</translation>
    </message>
    <message>
        <source>Write what you feel without stopping or correcting anything. You can tear the page up afterwards.</source>
        <translation>Schreib auf, was du fühlst, ohne anzuhalten und ohne etwas zu verbessern. Danach kannst du das Blatt zerreißen.</translation>
    </message>
    <message>
        <source>Shout into a pillow</source>
        <translation>Schrei in ein Kissen</translation>
    </message>
    <message>
        <source>Hold a pillow in front of you and shout into it as loudly as you need. Nobody has to hear.</source>
        <translation>Halte dir ein Kissen vors Gesicht und schrei so laut hinein, wie du es brauchst. Niemand muss es hören.</translation>
    </message>
    <message>
        <source>Let yourself cry</source>
        <translation>Lass die Tränen zu</translation>
    </message>
    <message>
        <source>Tears are a release too. A sad film or song can help them come.</source>
        <translation>Weinen befreit auch. Ein trauriger Film oder ein Lied kann helfen, dass die Tränen kommen.</translation>
    </message>
    <message>
        <source>Move hard for ten minutes</source>
        <translation>Beweg dich zehn Minuten lang kräftig</translation>
    </message>
    <message>
        <source>Run, dance, do star jumps or push-ups until you are out of breath.</source>
        <translation>Lauf, tanz, mach Hampelmänner oder Liegestütze, bis du außer Atem bist.</translation>
    </message>
    <message>
        <source>Punch a cushion</source>
        <translation>Box in ein Kissen</translation>
    </message>
    <message>
        <source>Put a cushion on the bed or sofa and hit it with your fists until some of the feeling has gone.</source>
        <translation>Leg ein Kissen aufs Bett oder Sofa und box mit den Fäusten hinein, bis ein Teil des Gefühls raus ist.</translation>
    </message>
    <message>
        <source>Rip up old paper</source>
        <translation>Zerreiß altes Papier</translation>
    </message>
    <message>
        <source>Tear newspaper or scrap paper into the smallest pieces you can, then sweep them into the bin.</source>
        <translation>Reiß Zeitungen oder Schmierpapier in möglichst kleine Stücke und feg sie danach in den Müll.</translation>
    </message>
    <message>
        <source>Draw how you feel</source>
        <translation>Mal, wie du dich fühlst</translation>
    </message>
    <message>
        <source>Use colours and shapes instead of words. It doesn&apos;t need to look like anything.</source>
        <translation>Nimm Farben und Formen statt Wörter. Es muss nach nichts aussehen.</translation>
    </message>
    <message>
        <source>Sing along loudly</source>
        <translation>Sing laut mit</translation>
    </message>
    <message>
        <source>Pick a song that matches your mood and sing with everything you&apos;ve got.</source>
        <translation>Such dir ein Lied, das zu deiner Stimmung passt, und sing aus voller Kehle mit.</translation>
    </message>
    <message>
        <source>Write a letter you won&apos;t send</source>
        <translation>Schreib einen Brief, den du nicht abschickst</translation>
    </message>
    <message>
        <source>Say everything to the person or the situation that hurt you. Keep it, or throw it away.</source>
        <translation>Sag der Person oder der Situation, die dir wehgetan hat, alles, was raus muss. Behalte den Brief oder wirf ihn weg.</translation>
    </message>
    <message>
        <source>Dance it out</source>
        <translation>Tanz es raus</translation>
    </message>
    <message>
        <source>Put on a fast song, close the door and move however your body wants to.</source>
        <translation>Mach ein schnelles Lied an, schließ die Tür und beweg dich, wie dein Körper es will.</translation>
    </message>
    <message>
        <source>Tell someone how you feel</source>
        <translation>Sag jemandem, wie es dir geht</translation>
    </message>
    <message>
        <source>A friend, someone in your family or a helpline. Saying it out loud can take some of its weight.</source>
        <translation>Einer Freundin, einem Freund, jemandem aus deiner Familie oder einem Hilfetelefon. Es laut auszusprechen, kann etwas von der Last nehmen.</translation>
    </message>
    <message>
        <source>Record a voice note to yourself</source>
        <translation>Sprich dir eine Sprachnachricht auf</translation>
    </message>
    <message>
        <source>Talk about what is happening as if to a friend. You can listen back later, or delete it.</source>
        <translation>Erzähl, was gerade los ist, als würdest du mit einer Freundin oder einem Freund reden. Du kannst sie später anhören oder löschen.</translation>
    </message>
    <message>
        <source>Squash and shape clay or dough</source>
        <translation>Knete Ton oder Teig</translation>
    </message>
    <message>
        <source>Pound it, squeeze it and roll it out. Make something, or just keep kneading.</source>
        <translation>Drück ihn, quetsch ihn und roll ihn aus. Forme etwas daraus oder knete einfach weiter.</translation>
    </message>
    <message>
        <source>Write a poem or a song</source>
        <translation>Schreib ein Gedicht oder ein Lied</translation>
    </message>
    <message>
        <source>It doesn&apos;t need to rhyme or be good. Put the feeling into a few lines.</source>
        <translation>Es muss sich nicht reimen und nicht gut sein. Bring das Gefühl in ein paar Zeilen.</translation>
    </message>
    <message>
        <source>Have a warm bath or shower</source>
        <translation>Bade oder dusch warm</translation>
    </message>
    <message>
        <source>Add something that smells nice, and let the warmth loosen your shoulders.</source>
        <translation>Nimm etwas dazu, das gut riecht, und lass die Wärme deine Schultern lockern.</translation>
    </message>
    <message>
        <source>Wrap up in a blanket</source>
        <translation>Kuschel dich in eine Decke</translation>
    </message>
    <message>
        <source>Something soft and heavy. Sit somewhere cosy and let it hold you for a while.</source>
        <translation>Etwas Weiches und Schweres. Setz dich an einen gemütlichen Platz und lass dich eine Weile von ihr halten.</translation>
    </message>
    <message>
        <source>Listen to calming music</source>
        <translation>Hör beruhigende Musik</translation>
    </message>
    <message>
        <source>Slow songs, the sound of rain, or anything that feels gentle right now.</source>
        <translation>Langsame Lieder, das Rauschen von Regen oder alles, was sich gerade sanft anfühlt.</translation>
    </message>
    <message>
        <source>Make a warm drink</source>
        <translation>Mach dir etwas Warmes zu trinken</translation>
    </message>
    <message>
        <source>Tea, hot chocolate or warm milk. Hold the mug in both hands and sip slowly.</source>
        <translation>Tee, heiße Schokolade oder warme Milch. Halte die Tasse mit beiden Händen und trink langsam.</translation>
    </message>
    <message>
        <source>Rub in a hand cream you like</source>
        <translation>Creme deine Hände ein</translation>
    </message>
    <message>
        <source>Massage it slowly into each finger. Notice the scent and the touch.</source>
        <translation>Nimm eine Handcreme, die du magst, und massier sie langsam in jeden Finger ein. Achte auf den Duft und die Berührung.</translation>
    </message>
    <message>
        <source>Spend time with an animal</source>
        <translation>Verbring Zeit mit einem Tier</translation>
    </message>
    <message>
        <source>Stroke a pet, yours or a friend&apos;s. Feel the warm fur and listen to them breathe.</source>
        <translation>Streichle ein Haustier, dein eigenes oder das von Freunden. Spür das warme Fell und hör, wie es atmet.</translation>
    </message>
    <message>
        <source>Talk to yourself like a friend</source>
        <translation>Sprich freundlich mit dir</translation>
    </message>
    <message>
        <source>What would you say to a friend who felt like this? Say it to yourself, out loud or on paper.</source>
        <translation>Was würdest du jemandem sagen, den du magst und dem es so geht wie dir? Sag es dir selbst, laut oder auf Papier.</translation>
    </message>
    <message>
        <source>Breathe in a calming scent</source>
        <translation>Atme einen beruhigenden Duft ein</translation>
    </message>
    <message>
        <source>Lavender, vanilla or anything that reminds you of a safe place. Breathe it in slowly.</source>
        <translation>Lavendel, Vanille oder etwas, das dich an einen sicheren Ort erinnert. Atme den Duft langsam ein.</translation>
    </message>
    <message>
        <source>Look at photos you love</source>
        <translation>Schau Fotos an, die du liebst</translation>
    </message>
    <message>
        <source>People, places or animals that make you smile. Let the memories come.</source>
        <translation>Menschen, Orte oder Tiere, die dich zum Lächeln bringen. Lass die Erinnerungen kommen.</translation>
    </message>
    <message>
        <source>Give yourself a hug</source>
        <translation>Nimm dich selbst in den Arm</translation>
    </message>
    <message>
        <source>Cross your arms, hold your shoulders and squeeze gently. Breathe out slowly.</source>
        <translation>Verschränk die Arme, leg die Hände auf deine Schultern und drück sanft. Atme langsam aus.</translation>
    </message>
    <message>
        <source>Watch the sky or the trees</source>
        <translation>Schau in den Himmel oder die Bäume</translation>
    </message>
    <message>
        <source>Go to a window or step outside. Watch the clouds or the leaves move for a few minutes.</source>
        <translation>Geh an ein Fenster oder nach draußen. Sieh ein paar Minuten zu, wie die Wolken oder die Blätter sich bewegen.</translation>
    </message>
    <message>
        <source>Hold something soft</source>
        <translation>Halte etwas Weiches</translation>
    </message>
    <message>
        <source>A soft toy, a cushion or a favourite jumper. Notice how it feels in your hands.</source>
        <translation>Ein Kuscheltier, ein Kissen oder dein Lieblingspulli. Spür, wie es sich in deinen Händen anfühlt.</translation>
    </message>
    <message>
        <source>Rest a hand on your chest</source>
        <translation>Leg eine Hand auf deine Brust</translation>
    </message>
    <message>
        <source>Feel it rise and fall with your breath. Tell yourself: this feeling will pass.</source>
        <translation>Spür, wie sie sich mit deinem Atem hebt und senkt. Sag dir: Dieses Gefühl geht vorbei.</translation>
    </message>
    <message>
        <source>Lie down and rest</source>
        <translation>Leg dich hin und ruh dich aus</translation>
    </message>
    <message>
        <source>Close your eyes, put on something quiet and let your body be still for a while.</source>
        <translation>Schließ die Augen, mach etwas Leises an und lass deinen Körper eine Weile ruhen.</translation>
    </message>
</context>
<context>
    <name>HtmlPrinting</name>
    <message>
        <source>The PDF could not be written. Please check there is space and that the folder can be written to, then try again.</source>
        <translation>Die PDF-Datei konnte nicht geschrieben werden. Bitte prüfe, ob genug Platz da ist und ob der Ordner beschreibbar ist, und versuch es dann noch einmal.</translation>
    </message>
</context>
<context>
    <name>PagedReport</name>
    <message>
        <source>The report could not be made. Please try again.</source>
        <translation>Der Bericht konnte nicht erstellt werden. Bitte versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Wähle eine Passphrase</translation>
    </message>
    <message>
        <source>Your passphrase locks everything you keep here. A few words that mean something only to you work well, like a short sentence. Nobody else can look it up for you, so next you&apos;ll get a recovery code, just in case.</source>
        <translation>Deine Passphrase schützt alles, was du hier aufbewahrst. Gut geeignet sind ein paar Wörter, die nur für dich eine Bedeutung haben, etwa ein kurzer Satz. Niemand sonst kann sie für dich nachschlagen. Deshalb bekommst du gleich noch einen Wiederherstellungscode, für alle Fälle.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>A few more characters, please: at least %1. A short sentence is easy to remember.</source>
        <translation>Bitte noch ein paar Zeichen mehr: mindestens %1. Ein kurzer Satz ist leicht zu merken.</translation>
    </message>
    <message>
        <source>Common words and names are among the first things tried. A few unrelated words together are much harder to guess.</source>
        <translation>Gängige Wörter und Namen werden als Erstes ausprobiert. Ein paar Wörter, die nichts miteinander zu tun haben, sind viel schwerer zu erraten.</translation>
    </message>
    <message>
        <source>Swapping letters for look-alike numbers (like 3 for e) adds less than it seems. Another word adds much more.</source>
        <translation>Buchstaben durch ähnlich aussehende Ziffern zu ersetzen (etwa 3 für e), bringt weniger, als es scheint. Ein weiteres Wort bringt viel mehr.</translation>
    </message>
    <message>
        <source>Keyboard patterns such as “qwerty” are well known. Words that mean something only to you work better.</source>
        <translation>Tastaturmuster wie „qwertz“ sind bekannt. Wörter, die nur für dich eine Bedeutung haben, sind besser.</translation>
    </message>
    <message>
        <source>Repeated characters add little. Another word adds a lot.</source>
        <translation>Wiederholte Zeichen bringen wenig. Ein weiteres Wort bringt viel.</translation>
    </message>
    <message>
        <source>Dates and years are easy to guess, especially ones linked to you.</source>
        <translation>Daten und Jahreszahlen sind leicht zu erraten, vor allem solche, die mit dir zu tun haben.</translation>
    </message>
    <message>
        <source>Adding another word or two makes it much harder to guess.</source>
        <translation>Mit ein oder zwei weiteren Wörtern wird sie viel schwerer zu erraten.</translation>
    </message>
    <message>
        <source>Nothing typed yet</source>
        <translation>Noch nichts eingegeben</translation>
    </message>
    <message>
        <source>Easy to guess</source>
        <translation>Leicht zu erraten</translation>
    </message>
    <message>
        <source>Could be stronger</source>
        <translation>Könnte stärker sein</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Sehr stark</translation>
    </message>
    <message>
        <source>Runs such as “abc” or “1234” are easy to guess. Try a few words instead.</source>
        <translation>Folgen wie „abc“ oder „1234“ sind leicht zu erraten. Nimm lieber ein paar Wörter.</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>My safety plan</source>
        <translation>Mein Sicherheitsplan</translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert am %1</translation>
    </message>
    <message>
        <source>Nothing written here yet.</source>
        <translation>Hier steht noch nichts.</translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation>Meine Kontakte</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Hilfetelefone</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>Anruf: %1</translation>
    </message>
    <message>
        <source>text %1</source>
        <translation>SMS: %1</translation>
    </message>
    <message>
        <source>text %1 to %2</source>
        <translation>„%1“ per SMS an %2</translation>
    </message>
    <message>
        <source>If you are in danger right now, call your local emergency number.</source>
        <translation>Wenn du gerade in Gefahr bist, ruf den Notruf an.</translation>
    </message>
</context>
<context>
    <name>RangeReportDocument</name>
    <message>
        <source>Report for my next session</source>
        <translation>Bericht für meine nächste Sitzung</translation>
    </message>
    <message>
        <source>Report %1.pdf</source>
        <translation>Bericht %1.pdf</translation>
    </message>
    <message>
        <source>Covers %1. Made on %2.</source>
        <translation>Zeitraum: %1. Erstellt am %2.</translation>
    </message>
    <message>
        <source>This report includes what you wrote about each moment (situations and notes).</source>
        <translation>Dieser Bericht enthält, was du zu jedem Moment geschrieben hast (Situationen und Notizen).</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Mein Sicherheitsplan</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Auf einen Blick</translation>
    </message>
    <message>
        <source>How urges ended</source>
        <translation>Wie der Drang ausging</translation>
    </message>
    <message>
        <source>Triggers and feelings that came up most</source>
        <translation>Häufigste Auslöser und Gefühle</translation>
    </message>
    <message>
        <source>What helped most</source>
        <translation>Was am meisten geholfen hat</translation>
    </message>
    <message>
        <source>Times of day and days of the week</source>
        <translation>Tageszeiten und Wochentage</translation>
    </message>
    <message>
        <source>Each square is an hour of a day of the week, darker the more entries began then, added up over the whole time.</source>
        <translation>Jedes Feld ist eine Stunde an einem Wochentag, umso dunkler, je mehr Einträge dann begannen, zusammengezählt über den ganzen Zeitraum.</translation>
    </message>
    <message>
        <source>What helped, and how often I tried it</source>
        <translation>Was geholfen hat und wie oft ich es versucht habe</translation>
    </message>
    <message>
        <source>No coping ideas were noted as tried in this time.</source>
        <translation>In diesem Zeitraum wurden keine Ideen als versucht notiert.</translation>
    </message>
    <message>
        <source>Most helpful first, as you rated them each time (0 to 10).</source>
        <translation>Das Hilfreichste zuerst, so wie du es jedes Mal bewertet hast (0 bis 10).</translation>
    </message>
    <message>
        <source>My notes: what I want to change</source>
        <translation>Meine Notizen: was ich ändern möchte</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>Setbacks</source>
        <translation>Rückschläge</translation>
    </message>
    <message>
        <source>Written on %1</source>
        <translation>Geschrieben am %1</translation>
    </message>
    <message>
        <source>What was happening before</source>
        <translation>Was vorher los war</translation>
    </message>
    <message>
        <source>Warning signs that were there</source>
        <translation>Warnzeichen, die da waren</translation>
    </message>
    <message>
        <source>What I tried</source>
        <translation>Was ich versucht habe</translation>
    </message>
    <message>
        <source>What might help next time</source>
        <translation>Was beim nächsten Mal helfen könnte</translation>
    </message>
    <message>
        <source>What I want to add to my plan</source>
        <translation>Was ich in meinen Plan aufnehmen möchte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>What I wrote about each moment</source>
        <translation>Was ich zu jedem Moment geschrieben habe</translation>
    </message>
    <message>
        <source>urge %1 of 10</source>
        <translation>Drang %1 von 10</translation>
    </message>
    <message>
        <source>Situation: %1</source>
        <translation>Situation: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
</context>
<context>
    <name>PrivatePdf</name>
    <message>
        <source>The PDF could not be saved there. The folder may be read-only or the disk full; please choose another place.</source>
        <translation>Die PDF-Datei konnte dort nicht gespeichert werden. Vielleicht ist der Ordner schreibgeschützt oder der Speicher voll; bitte wähle einen anderen Ort.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDocument</name>
    <message>
        <source>Your Mooring recovery code</source>
        <translation>Dein Wiederherstellungscode für Mooring</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code lets you back into Mooring and choose a new one. Keep this page somewhere private and safe, away from your computer: anyone who has both could open what you keep there.</source>
        <translation>Falls du deine Passphrase einmal vergisst, kommst du mit diesem Code wieder in Mooring hinein und kannst eine neue wählen. Bewahre dieses Blatt an einem privaten, sicheren Ort auf, nicht beim Computer: Wer beides hat, könnte öffnen, was du dort aufbewahrst.</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Made on %1. Capital letters or small, spaces or none: either works when you type it.</source>
        <translation>Erstellt am %1. Groß- oder Kleinbuchstaben, mit oder ohne Leerzeichen: Beim Eintippen geht beides.</translation>
    </message>
    <message>
        <source>The page could not be sent to the printer. Please check that it is switched on and try again; your recovery code is still on the screen.</source>
        <translation>Die Seite konnte nicht an den Drucker geschickt werden. Bitte prüfe, ob er eingeschaltet ist, und versuch es noch einmal. Dein Wiederherstellungscode steht weiterhin auf dem Bildschirm.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>Entries per week</source>
        <translation>Einträge pro Woche</translation>
    </message>
    <message>
        <source>Average urge per week (0 to 10)</source>
        <translation>Drang im Schnitt pro Woche (0 bis 10)</translation>
    </message>
    <message>
        <source>The urge passed</source>
        <translation>Der Drang ist vorbeigegangen</translation>
    </message>
    <message>
        <source>Got through it another way</source>
        <translation>Auf andere Weise überstanden</translation>
    </message>
    <message>
        <source>Acted on it</source>
        <translation>Dem Drang gefolgt</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>How strong the urge was, 0 to 10</source>
        <translation>Wie stark der Drang war, 0 bis 10</translation>
    </message>
</context>
<context>
    <name>ReportCheckIns</name>
    <message>
        <source>You checked in on one day in this time.</source>
        <translation>In dieser Zeit hast du an einem Tag einen Check-in gemacht.</translation>
    </message>
    <message>
        <source>You checked in on %1 days in this time.</source>
        <translation>In dieser Zeit hast du an %1 Tagen einen Check-in gemacht.</translation>
    </message>
    <message>
        <source>Week of %1: checked in on one day.</source>
        <translation>Woche vom %1: an einem Tag ein Check-in.</translation>
    </message>
    <message>
        <source>Week of %1: checked in on %2 days.</source>
        <translation>Woche vom %1: an %2 Tagen ein Check-in.</translation>
    </message>
    <message>
        <source>How the day was, on average: %1 out of 10.</source>
        <translation>Wie der Tag war, im Schnitt: %1 von 10.</translation>
    </message>
    <message>
        <source>Urges, on average: %1 out of 10.</source>
        <translation>Drang, im Schnitt: %1 von 10.</translation>
    </message>
    <message>
        <source>My check-ins</source>
        <translation>Meine Check-ins</translation>
    </message>
    <message>
        <source>My diary card, week of %1</source>
        <translation>Meine Tageskarte, Woche vom %1</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>A week can start on “monday” or “sunday”, not on “%1”.</source>
        <translation>Eine Woche kann mit „monday“ oder „sunday“ beginnen, nicht mit „%1“.</translation>
    </message>
</context>
<context>
    <name>ReportParts</name>
    <message>
        <source>at a glance: the weeks as a chart, how urges ended, the triggers and feelings that came up most, what helped most</source>
        <translation>auf einen Blick: die Wochen als Diagramm, wie der Drang ausging, die häufigsten Auslöser und Gefühle, was am meisten geholfen hat</translation>
    </message>
    <message>
        <source>times of day and days of the week</source>
        <translation>Tageszeiten und Wochentage</translation>
    </message>
    <message>
        <source>what helped, and how often</source>
        <translation>was geholfen hat und wie oft</translation>
    </message>
    <message>
        <source>check-ins and my diary card, when there are any</source>
        <translation>Check-ins und meine Tageskarte, wenn es welche gibt</translation>
    </message>
    <message>
        <source>how often I saved my plan</source>
        <translation>wie oft ich meinen Plan gespeichert habe</translation>
    </message>
    <message>
        <source>changes to my safety plan, item by item (off unless named)</source>
        <translation>Änderungen an meinem Sicherheitsplan, Punkt für Punkt (nur wenn genannt)</translation>
    </message>
    <message>
        <source>my notes for each week</source>
        <translation>meine Notizen für jede Woche</translation>
    </message>
    <message>
        <source>how many setbacks</source>
        <translation>wie viele Rückschläge</translation>
    </message>
    <message>
        <source>my setback reflections, in my own words (off unless named)</source>
        <translation>meine Rückblicke auf Rückschläge, in meinen eigenen Worten (nur wenn genannt)</translation>
    </message>
    <message>
        <source>what I wrote about each moment: situations and notes (off unless named)</source>
        <translation>was ich zu jedem Moment geschrieben habe: Situationen und Notizen (nur wenn genannt)</translation>
    </message>
</context>
<context>
    <name>ReportPlanDiff</name>
    <message>
        <source>There was no saved safety plan in this time.</source>
        <translation>In dieser Zeit gab es keinen gespeicherten Sicherheitsplan.</translation>
    </message>
    <message>
        <source>Your safety plan was the same at the end of this time as at its start.</source>
        <translation>Dein Sicherheitsplan war am Ende dieser Zeit derselbe wie am Anfang.</translation>
    </message>
    <message>
        <source>Your safety plan was first saved in this time, so everything in it is new.</source>
        <translation>Dein Sicherheitsplan wurde in dieser Zeit zum ersten Mal gespeichert, deshalb ist alles darin neu.</translation>
    </message>
    <message>
        <source>What changed between your plan as it was on %1 and as it was on %2.</source>
        <translation>Was sich zwischen deinem Plan am %1 und deinem Plan am %2 geändert hat.</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Taken out: %1</source>
        <translation>Herausgenommen: %1</translation>
    </message>
    <message>
        <source>Reworded: %1 → %2</source>
        <translation>Umformuliert: %1 → %2</translation>
    </message>
    <message>
        <source>Changes to my safety plan</source>
        <translation>Änderungen an meinem Sicherheitsplan</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <source>Nothing was written down in this time. That is all right; your journal is here whenever you want it.</source>
        <translation>In diesem Zeitraum wurde nichts aufgeschrieben. Das ist in Ordnung; dein Tagebuch ist da, wann immer du es möchtest.</translation>
    </message>
    <message>
        <source>You wrote down one urge in this time.</source>
        <translation>Du hast in diesem Zeitraum einmal einen Drang notiert.</translation>
    </message>
    <message>
        <source>You wrote down %1 urges in this time.</source>
        <translation>Du hast in diesem Zeitraum %1-mal einen Drang notiert.</translation>
    </message>
    <message>
        <source>No triggers were noted in this time.</source>
        <translation>In diesem Zeitraum wurden keine Auslöser notiert.</translation>
    </message>
    <message>
        <source>No feelings were noted in this time.</source>
        <translation>In diesem Zeitraum wurden keine Gefühle notiert.</translation>
    </message>
    <message>
        <source>one entry</source>
        <translation>ein Eintrag</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>Week of %1: %2, average urge %3 out of 10.</source>
        <translation>Woche vom %1: %2, Drang im Schnitt %3 von 10.</translation>
    </message>
    <message>
        <source>Week of %1: %2.</source>
        <translation>Woche vom %1: %2.</translation>
    </message>
    <message>
        <source>No entries to show in the grid.</source>
        <translation>Keine Einträge für das Raster.</translation>
    </message>
    <message>
        <source>By time of day: at night (%1 to %2) %3, in the morning (%2 to %4) %5, in the afternoon (%4 to %6) %7, in the evening (%6 to midnight) %8.</source>
        <translation>Nach Tageszeit: nachts (%1 bis %2) %3, morgens (%2 bis %4) %5, nachmittags (%4 bis %6) %7, abends (%6 bis Mitternacht) %8.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>By day of the week: %1.</source>
        <translation>Nach Wochentag: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>An idea no longer in your toolbox</source>
        <translation>Eine Idee, die nicht mehr in deinem Werkzeugkasten ist</translation>
    </message>
    <message>
        <source>tried once</source>
        <translation>einmal versucht</translation>
    </message>
    <message>
        <source>tried %1 times</source>
        <translation>%1-mal versucht</translation>
    </message>
    <message>
        <source>%1, not rated</source>
        <translation>%1, nicht bewertet</translation>
    </message>
    <message>
        <source>%1, helped %2 out of 10 on average</source>
        <translation>%1, hat im Schnitt %2 von 10 geholfen</translation>
    </message>
    <message>
        <source>No coping ideas were noted as tried in this time.</source>
        <translation>In diesem Zeitraum wurden keine Ideen als versucht notiert.</translation>
    </message>
    <message>
        <source>The ideas you tried were not rated in this time.</source>
        <translation>Die Ideen, die du versucht hast, wurden in diesem Zeitraum nicht bewertet.</translation>
    </message>
    <message>
        <source>“%1” helped most: %2 out of 10 on average (%3).</source>
        <translation>„%1“ hat am meisten geholfen: im Schnitt %2 von 10 (%3).</translation>
    </message>
    <message>
        <source>Your safety plan was not changed in this time.</source>
        <translation>Dein Sicherheitsplan wurde in diesem Zeitraum nicht geändert.</translation>
    </message>
    <message>
        <source>You saved a new version of your safety plan once in this time.</source>
        <translation>Du hast in diesem Zeitraum einmal eine neue Fassung deines Sicherheitsplans gespeichert.</translation>
    </message>
    <message>
        <source>You saved a new version of your safety plan %1 times in this time.</source>
        <translation>Du hast in diesem Zeitraum %1-mal eine neue Fassung deines Sicherheitsplans gespeichert.</translation>
    </message>
    <message>
        <source>No entry in this time says you acted on an urge.</source>
        <translation>Kein Eintrag in diesem Zeitraum sagt, dass du einem Drang gefolgt bist.</translation>
    </message>
    <message>
        <source>One entry in this time says you acted on an urge.</source>
        <translation>Ein Eintrag in diesem Zeitraum sagt, dass du einem Drang gefolgt bist.</translation>
    </message>
    <message>
        <source>%1 entries in this time say you acted on an urge.</source>
        <translation>%1 Einträge in diesem Zeitraum sagen, dass du einem Drang gefolgt bist.</translation>
    </message>
    <message>
        <source>You wrote one reflection on a setback.</source>
        <translation>Du hast einen Rückblick auf einen Rückschlag geschrieben.</translation>
    </message>
    <message>
        <source>You wrote %1 reflections on a setback.</source>
        <translation>Du hast %1 Rückblicke auf einen Rückschlag geschrieben.</translation>
    </message>
</context>
<context>
    <name>ReviewCommand</name>
    <message>
        <source>A week can start on “monday” or “sunday”, not on “%1”.</source>
        <translation>Eine Woche kann mit „monday“ oder „sunday“ beginnen, nicht mit „%1“.</translation>
    </message>
</context>
<context>
    <name>ReviewDocument</name>
    <message>
        <source>My week, %1.pdf</source>
        <translation>Meine Woche, %1.pdf</translation>
    </message>
    <message>
        <source>My week: %1</source>
        <translation>Meine Woche: %1</translation>
    </message>
    <message>
        <source>From my Mooring journal, made on %1, to talk through with someone I trust.</source>
        <translation>Aus meinem Mooring-Tagebuch, erstellt am %1, um es mit jemandem durchzusprechen, dem ich vertraue.</translation>
    </message>
    <message>
        <source>What I want to change</source>
        <translation>Was ich ändern möchte</translation>
    </message>
    <message>
        <source>If you are in danger right now, call your local emergency number.</source>
        <translation>Wenn du gerade in Gefahr bist, ruf den Notruf an.</translation>
    </message>
    <message>
        <source>This week in figures</source>
        <translation>Diese Woche in Zahlen</translation>
    </message>
    <message>
        <source>Compared with the four weeks before</source>
        <translation>Im Vergleich zu den vier Wochen davor</translation>
    </message>
    <message>
        <source>Since you started</source>
        <translation>Seit du angefangen hast</translation>
    </message>
    <message>
        <source>Triggers and feelings</source>
        <translation>Auslöser und Gefühle</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <source>Ideas I tried this week</source>
        <translation>Ideen, die ich diese Woche versucht habe</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idee</translation>
    </message>
    <message>
        <source>Times tried</source>
        <translation>Wie oft versucht</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>What helps me, over all my entries</source>
        <translation>Was mir hilft, über alle meine Einträge</translation>
    </message>
    <message>
        <source>What I wrote about each moment</source>
        <translation>Was ich zu jedem Moment geschrieben habe</translation>
    </message>
    <message>
        <source>urge %1 of 10</source>
        <translation>Drang %1 von 10</translation>
    </message>
    <message>
        <source>Situation: %1</source>
        <translation>Situation: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>My week</source>
        <translation>Meine Woche</translation>
    </message>
    <message>
        <source>Helped, on average (0–10)</source>
        <translation>Geholfen, im Schnitt (0–10)</translation>
    </message>
    <message>
        <source>Learning from a setback</source>
        <translation>Aus einem Rückschlag lernen</translation>
    </message>
    <message>
        <source>Written on %1</source>
        <translation>Geschrieben am %1</translation>
    </message>
    <message>
        <source>What was happening before</source>
        <translation>Was vorher los war</translation>
    </message>
    <message>
        <source>Warning signs that were there</source>
        <translation>Warnzeichen, die da waren</translation>
    </message>
    <message>
        <source>What I tried</source>
        <translation>Was ich versucht habe</translation>
    </message>
    <message>
        <source>What might help next time</source>
        <translation>Was beim nächsten Mal helfen könnte</translation>
    </message>
    <message>
        <source>What I want to add to my plan</source>
        <translation>Was ich in meinen Plan aufnehmen möchte</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>My diary card</source>
        <translation>Meine Tageskarte</translation>
    </message>
    <message>
        <source>How strong the urges were</source>
        <translation>Wie stark der Drang war</translation>
    </message>
    <message>
        <source>How urges ended</source>
        <translation>Wie der Drang ausging</translation>
    </message>
    <message>
        <source>Times of day and days of the week</source>
        <translation>Tageszeiten und Wochentage</translation>
    </message>
    <message>
        <source>Each square is an hour of a day of this week, darker the more entries began then.</source>
        <translation>Jedes Feld ist eine Stunde an einem Tag dieser Woche, umso dunkler, je mehr Einträge dann begannen.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Changes to where you live, display and privacy are saved as soon as you make them.</source>
        <translation>Änderungen bei Wohnort, Anzeige und Privatsphäre werden sofort gespeichert.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Passphrase ändern</translation>
    </message>
    <message>
        <source>Where you live</source>
        <translation>Wo du lebst</translation>
    </message>
    <message>
        <source>This chooses th&amp;e helplines shown under “I need help now”.</source>
        <translation>Davon hängt ab, welche Hilfetelefone unter „Ich brauche jetzt Hilfe“ e&amp;rscheinen.</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>Schrift&amp;größe</translation>
    </message>
    <message>
        <source>C&amp;olours</source>
        <translation>&amp;Farben</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Wie auf diesem Computer</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Less &amp;movement on screen</source>
        <translation>&amp;Weniger Bewegung auf dem Bildschirm</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privatsphäre</translation>
    </message>
    <message>
        <source>Use a plain &amp;window title (“Notes”) instead of “Mooring”</source>
        <translation>Neutralen Fenster&amp;titel („Notizen“) statt „Mooring“ verwenden</translation>
    </message>
    <message>
        <source>Lock by &amp;itself when not used for</source>
        <translation>&amp;Von selbst sperren, wenn unbenutzt für</translation>
    </message>
    <message>
        <source>&amp;Back to home</source>
        <translation>&amp;Zurück zur Startseite</translation>
    </message>
    <message>
        <source>Someone coming in? Press F12 at any time: Mooring locks and hides at once, and keeps what you were writing.</source>
        <translation>Kommt jemand herein? Drück jederzeit F12: Mooring sperrt sich und verschwindet sofort und behält, was du gerade geschrieben hast.</translation>
    </message>
    <message>
        <source>I think someone &amp;knows my passphrase…</source>
        <translation>Ich glaube, jemand &amp;kennt meine Passphrase…</translation>
    </message>
</context>
<context>
    <name>ToolboxText</name>
    <message>
        <source>Sensory</source>
        <translation>Für die Sinne</translation>
    </message>
    <message>
        <source>Distraction</source>
        <translation>Ablenkung</translation>
    </message>
    <message>
        <source>Emotional release</source>
        <translation>Gefühle rauslassen</translation>
    </message>
    <message>
        <source>Comforting yourself</source>
        <translation>Dich selbst trösten</translation>
    </message>
    <message>
        <source>My safety box</source>
        <translation>Mein Notfallkoffer</translation>
    </message>
    <message>
        <source>A strong, safe feeling that brings you back when you feel numb: cool water, a sour taste, a strong smell.</source>
        <translation>Ein starker, sicherer Sinneseindruck, der dich zurückholt, wenn du dich taub fühlst: kühles Wasser, ein saurer Geschmack, ein starker Geruch.</translation>
    </message>
    <message>
        <source>Something that holds your attention until the urge eases. Urges rise and fall, and often ease within minutes.</source>
        <translation>Etwas, das deine Aufmerksamkeit hält, bis der Drang nachlässt. Der Drang steigt und fällt wieder und lässt oft innerhalb von Minuten nach.</translation>
    </message>
    <message>
        <source>A safe way to let anger or sadness out: words, colour, sound, movement.</source>
        <translation>Ein sicherer Weg, Wut oder Traurigkeit rauszulassen: Worte, Farbe, Klang, Bewegung.</translation>
    </message>
    <message>
        <source>Comfort and calm, the kind of care you would give a friend.</source>
        <translation>Trost und Ruhe, so wie du dich um eine Freundin oder einen Freund kümmern würdest.</translation>
    </message>
    <message>
        <source>The real things you keep ready, and where they are, so you can find them quickly.</source>
        <translation>Die echten Dinge, die du bereithältst, und wo sie liegen, damit du sie schnell findest.</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <source>The ideas that help you most, in your order. After you unlock, they are also on “I need help now”.</source>
        <translation>Die Ideen, die dir am meisten helfen, in deiner Reihenfolge. Nach dem Entsperren stehen sie auch unter „Ich brauche jetzt Hilfe“.</translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation>Wo es liegt</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Ideas from every family that mention “%1”.</source>
        <translation>Ideen aus allen Gruppen, in denen „%1“ vorkommt.</translation>
    </message>
    <message>
        <source>Nothing matches “%1” yet.</source>
        <translation>Zu „%1“ passt noch nichts.</translation>
    </message>
    <message>
        <source>Nothing here yet. Think of real things that comfort you, like a soft blanket, photos, a letter to yourself or a favourite scent. Ctrl+N adds one, with where it is kept.</source>
        <translation>Hier ist noch nichts. Denk an echte Dinge, die dich trösten, etwa eine weiche Decke, Fotos, einen Brief an dich selbst oder einen Lieblingsduft. Mit Strg+N fügst du etwas hinzu, samt dem Ort, an dem es liegt.</translation>
    </message>
    <message>
        <source>Nothing here yet. Ctrl+N adds an idea of your own.</source>
        <translation>Hier ist noch nichts. Mit Strg+N fügst du eine eigene Idee hinzu.</translation>
    </message>
    <message>
        <source>Keys: Ctrl+N add · Enter edit · Ctrl+D favourite · Ctrl+↑↓ order · Ctrl+H hide · Del delete · Ctrl+Z undo · Ctrl+F search · Ctrl+1–6 lists · Esc back</source>
        <translation>Tasten: Strg+N hinzufügen · Enter bearbeiten · Strg+D Favorit · Strg+↑↓ Reihenfolge · Strg+H ausblenden · Entf löschen · Strg+Z rückgängig · Strg+F suchen · Strg+1–6 Listen · Esc zurück</translation>
    </message>
    <message>
        <source>No favourites yet. Choose an idea in any family and press Ctrl+D (or “Favourite”) to keep it here.</source>
        <translation>Noch keine Favoriten. Wähle in einer Gruppe eine Idee aus und drück Strg+D (oder „Favorit“), dann erscheint sie hier.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Welcome back</source>
        <translation>Schön, dass du wieder da bist</translation>
    </message>
    <message>
        <source>Please type your passphrase to open Mooring.</source>
        <translation>Gib deine Passphrase ein, um Mooring zu öffnen.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Use my &amp;recovery code instead</source>
        <translation>Stattdessen meinen &amp;Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Use your recovery code</source>
        <translation>Mit dem Wiederherstellungscode öffnen</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when you set up Mooring, then choose a new passphrase. Capital or small letters, with or without spaces: any way works.</source>
        <translation>Gib den Wiederherstellungscode ein, den du beim Einrichten von Mooring aufgeschrieben hast, und wähle dann eine neue Passphrase. Groß- oder Kleinbuchstaben, mit oder ohne Leerzeichen: Alles funktioniert.</translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation>&amp;Wiederherstellungscode</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Set new passphrase and unlock</source>
        <translation>Neue Passphrase fest&amp;legen und entsperren</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Mooring</source>
        <translation>Willkommen bei Mooring</translation>
    </message>
    <message>
        <source>Mooring is a quiet place for your safety plan, the things that help you cope, and a private journal. Everything stays on this computer, encrypted with a passphrase only you know.</source>
        <translation>Mooring ist ein ruhiger Ort für deinen Sicherheitsplan, für das, was dir durch schwere Momente hilft, und für ein privates Tagebuch. Alles bleibt auf diesem Computer, verschlüsselt mit einer Passphrase, die nur du kennst.</translation>
    </message>
    <message>
        <source>&amp;Where do you live? This chooses the helplines Mooring shows you.</source>
        <translation>&amp;Wo lebst du? Davon hängt ab, welche Hilfetelefone Mooring dir zeigt.</translation>
    </message>
    <message>
        <source>Mooring doesn&apos;t replace care from people. If you might be in danger right now, press “I need help now” at the top.</source>
        <translation>Mooring ersetzt keine Hilfe durch Menschen. Wenn du gerade in Gefahr sein könntest, drück oben auf „Ich brauche jetzt Hilfe“.</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Los geht’s</translation>
    </message>
</context>
<context>
    <name>mooring</name>
    <message>
        <source>--%1 needs a whole number from 0 to 10, not “%2”.</source>
        <translation>--%1 braucht eine ganze Zahl von 0 bis 10, nicht „%2“.</translation>
    </message>
    <message>
        <source>Please say how today is with --overall, a number from 0 to 10.</source>
        <translation>Bitte sag mit --overall, wie der Tag heute ist, als Zahl von 0 bis 10.</translation>
    </message>
    <message>
        <source>Record today&apos;s check-in: how today is, and the urge if you like</source>
        <translation>Den heutigen Check-in festhalten: wie der Tag ist und, wenn du magst, der Drang</translation>
    </message>
    <message>
        <source>Asks for the passphrase, then keeps today&apos;s check-in: how today is (--overall, 0 to 10) and, if you give them, how strong the urge was (--urge, 0 to 10) and a one-line note. A day has one check-in; if today has one already, it takes these answers (an urge or note not given is cleared), and feelings, what helped and self-care answered in the app stay as they were.</source>
        <translation>Fragt nach der Passphrase und hält dann den heutigen Check-in fest: wie der Tag heute ist (--overall, 0 bis 10) und, wenn du sie angibst, wie stark der Drang war (--urge, 0 bis 10) und eine einzeilige Notiz. Ein Tag hat einen Check-in; gibt es heute schon einen, bekommt er diese Antworten (ein nicht angegebener Drang oder eine nicht angegebene Notiz wird geleert), und Gefühle, was geholfen hat und Selbstfürsorge aus der App bleiben, wie sie waren.</translation>
    </message>
    <message>
        <source>how today is, 0 to 10 (needed)</source>
        <translation>wie der Tag heute ist, 0 bis 10 (nötig)</translation>
    </message>
    <message>
        <source>how strong the urge was, 0 to 10</source>
        <translation>wie stark der Drang war, 0 bis 10</translation>
    </message>
    <message>
        <source>a one-line note</source>
        <translation>eine einzeilige Notiz</translation>
    </message>
    <message>
        <source>Today already had a check-in; it now has these answers (%1).</source>
        <translation>Heute gab es schon einen Check-in; er hat jetzt diese Antworten (%1).</translation>
    </message>
    <message>
        <source>Today&apos;s check-in is kept (%1).</source>
        <translation>Der heutige Check-in ist festgehalten (%1).</translation>
    </message>
    <message>
        <source>1 check-in</source>
        <translation>1 Check-in</translation>
    </message>
    <message>
        <source>%1 check-ins</source>
        <translation>%1 Check-ins</translation>
    </message>
    <message>
        <source>“%1” needs a number from 0 to 10 (it is %2 now).</source>
        <translation>„%1“ braucht eine Zahl von 0 bis 10 (jetzt steht dort %2).</translation>
    </message>
    <message>
        <source>An offline companion for recovery from self-harm. Everything stays on this computer.</source>
        <translation>Eine Begleitung ohne Internet für den Weg aus der Selbstverletzung. Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Keep the profile in DIR (a USB stick, say).</source>
        <translation>Das Profil in DIR aufbewahren (zum Beispiel auf einem USB-Stick).</translation>
    </message>
    <message>
        <source>Open straight onto &quot;I need help now&quot;.</source>
        <translation>Direkt mit „Ich brauche jetzt Hilfe“ öffnen.</translation>
    </message>
    <message>
        <source>Usage: %1 [--profile DIR] %2</source>
        <translation>Aufruf: %1 [--profile DIR] %2</translation>
    </message>
    <message>
        <source>See “%1 %2 --help” for more.</source>
        <translation>Mehr dazu unter „%1 %2 --help“.</translation>
    </message>
    <message>
        <source>Usage: %1 [--profile DIR] COMMAND [options]</source>
        <translation>Aufruf: %1 [--profile DIR] BEFEHL [Optionen]</translation>
    </message>
    <message>
        <source>See “%1 --help” for the commands.</source>
        <translation>Die Befehle stehen unter „%1 --help“.</translation>
    </message>
    <message>
        <source>Mooring on the command line: the same encrypted profile, no window.</source>
        <translation>Mooring auf der Kommandozeile: dasselbe verschlüsselte Profil, ohne Fenster.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>the profile folder (otherwise MOORING_PROFILE, otherwise %1)</source>
        <translation>der Profilordner (sonst MOORING_PROFILE, sonst %1)</translation>
    </message>
    <message>
        <source>show this help; after a command, that command&apos;s help</source>
        <translation>diese Hilfe zeigen; nach einem Befehl die Hilfe zu diesem Befehl</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>die Version zeigen</translation>
    </message>
    <message>
        <source>Passphrases and codes are read from the terminal without echo or, when standard input is not a terminal, one line each from standard input.</source>
        <translation>Passphrasen und Codes werden ohne Anzeige vom Terminal gelesen oder, wenn die Standardeingabe kein Terminal ist, je eine Zeile aus der Standardeingabe.</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 bad usage, 2 wrong passphrase or code, 3 damaged or unreadable file, 4 could not write, 5 profile open elsewhere.</source>
        <translation>Rückgabewert: 0 erledigt, 1 falscher Aufruf, 2 falsche Passphrase oder falscher Code, 3 beschädigte oder unlesbare Datei, 4 Schreiben nicht möglich, 5 Profil anderswo geöffnet.</translation>
    </message>
    <message>
        <source>the profile folder</source>
        <translation>der Profilordner</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>diese Hilfe zeigen</translation>
    </message>
    <message>
        <source>The result could not be written to standard output.</source>
        <translation>Das Ergebnis konnte nicht in die Standardausgabe geschrieben werden.</translation>
    </message>
    <message>
        <source>There was not enough memory to finish.</source>
        <translation>Der Arbeitsspeicher hat nicht gereicht, um fertig zu werden.</translation>
    </message>
    <message>
        <source>Something unexpected happened: %1</source>
        <translation>Etwas Unerwartetes ist passiert: %1</translation>
    </message>
    <message>
        <source>The key file %1 is missing, so the database beside it cannot be opened. If you have a copy of the key file, put it back in this folder.</source>
        <translation>Die Schlüsseldatei %1 fehlt, deshalb lässt sich die Datenbank daneben nicht öffnen. Wenn du eine Kopie der Schlüsseldatei hast, leg sie wieder in diesen Ordner.</translation>
    </message>
    <message>
        <source>There is no Mooring profile in %1. Use --profile to choose another folder, or “mooring-cli create” to make one.</source>
        <translation>In %1 gibt es kein Mooring-Profil. Wähle mit --profile einen anderen Ordner oder lege mit „mooring-cli create“ eins an.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Neue Passphrase: </translation>
    </message>
    <message>
        <source>The passphrase is empty. Please choose one, ideally a few words long.</source>
        <translation>Die Passphrase ist leer. Bitte wähle eine, am besten ein paar Wörter lang.</translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Dieselbe Passphrase noch einmal: </translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Nothing was changed; please try again.</source>
        <translation>Die beiden Passphrasen sind nicht gleich. Es wurde nichts geändert; bitte versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Warning: MOORING_INSECURE_FAST_KDF=1 is set, so the passphrase is protected only weakly. This is meant for tests; do not use it for a real profile.</source>
        <translation>Achtung: MOORING_INSECURE_FAST_KDF=1 ist gesetzt, deshalb ist die Passphrase nur schwach geschützt. Das ist für Tests gedacht; bitte nicht für ein echtes Profil verwenden.</translation>
    </message>
    <message>
        <source>Preparing the encryption, this takes a moment…</source>
        <translation>Die Verschlüsselung wird vorbereitet, das dauert einen Moment …</translation>
    </message>
    <message>
        <source>“%1” is not a mooring-cli command.</source>
        <translation>„%1“ ist kein Befehl von mooring-cli.</translation>
    </message>
    <message>
        <source>“%1” is not an option mooring-cli knows.</source>
        <translation>„%1“ ist keine Option, die mooring-cli kennt.</translation>
    </message>
    <message>
        <source>--profile was given more than once.</source>
        <translation>--profile wurde mehr als einmal angegeben.</translation>
    </message>
    <message>
        <source>--profile needs a folder, for example: --profile ~/mooring-profile</source>
        <translation>--profile braucht einen Ordner, zum Beispiel: --profile ~/mooring-profil</translation>
    </message>
    <message>
        <source>The %1 command has no option “%2”.</source>
        <translation>Der Befehl %1 hat keine Option „%2“.</translation>
    </message>
    <message>
        <source>--%1 needs a value (%2).</source>
        <translation>--%1 braucht einen Wert (%2).</translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 nimmt keinen Wert.</translation>
    </message>
    <message>
        <source>Please name a command.</source>
        <translation>Bitte gib einen Befehl an.</translation>
    </message>
    <message>
        <source>The %1 command needs more arguments.</source>
        <translation>Der Befehl %1 braucht mehr Argumente.</translation>
    </message>
    <message>
        <source>The %1 command does not take “%2”.</source>
        <translation>Der Befehl %1 nimmt „%2“ nicht an.</translation>
    </message>
    <message>
        <source>Make a new profile and show its recovery code once</source>
        <translation>Ein neues Profil anlegen und seinen Wiederherstellungscode einmal zeigen</translation>
    </message>
    <message>
        <source>Asks for a new passphrase twice, makes the encrypted profile and prints its recovery code on standard output. Write the code down and keep it somewhere safe: it opens the profile if the passphrase is forgotten. An existing profile is never replaced.</source>
        <translation>Fragt zweimal nach einer neuen Passphrase, legt das verschlüsselte Profil an und gibt seinen Wiederherstellungscode auf der Standardausgabe aus. Schreib den Code auf und bewahre ihn sicher auf: Er öffnet das Profil, falls die Passphrase vergessen wird. Ein vorhandenes Profil wird nie ersetzt.</translation>
    </message>
    <message>
        <source>There is already a Mooring profile in %1, and it was left as it is. Use --profile to choose another folder.</source>
        <translation>In %1 gibt es schon ein Mooring-Profil; es bleibt, wie es ist. Wähle mit --profile einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The folder %1 could not be made. Please check that the place is writable.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Bitte prüfe, ob dort geschrieben werden darf.</translation>
    </message>
    <message>
        <source>Your profile is ready in %1.</source>
        <translation>Dein Profil in %1 ist bereit.</translation>
    </message>
    <message>
        <source>Below is your recovery code. Please write it down now and keep it somewhere safe: if you ever forget your passphrase, it is the way back in. It is shown only this once.</source>
        <translation>Darunter steht dein Wiederherstellungscode. Bitte schreib ihn jetzt auf und bewahre ihn sicher auf: Falls du deine Passphrase einmal vergisst, kommst du damit wieder hinein. Er wird nur dieses eine Mal gezeigt.</translation>
    </message>
    <message>
        <source>The recovery code could not be written to standard output, so the new profile was not kept. Nothing was changed; please try again.</source>
        <translation>Der Wiederherstellungscode konnte nicht in die Standardausgabe geschrieben werden, deshalb wurde das neue Profil nicht behalten. Es wurde nichts geändert; bitte versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Change the passphrase, or set a new one with the recovery code</source>
        <translation>Die Passphrase ändern oder mit dem Wiederherstellungscode eine neue festlegen</translation>
    </message>
    <message>
        <source>Asks for the current passphrase, then the new one twice. With --recovery, asks for the recovery code instead of the current passphrase. Only the key file is rewritten; your entries are not touched.</source>
        <translation>Fragt nach der aktuellen Passphrase und dann zweimal nach der neuen. Mit --recovery wird statt der aktuellen Passphrase nach dem Wiederherstellungscode gefragt. Nur die Schlüsseldatei wird neu geschrieben; deine Einträge bleiben unberührt.</translation>
    </message>
    <message>
        <source>open with the recovery code instead of the current passphrase</source>
        <translation>mit dem Wiederherstellungscode statt der aktuellen Passphrase öffnen</translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation>Wiederherstellungscode: </translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Aktuelle Passphrase: </translation>
    </message>
    <message>
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation>Die Passphrase ist geändert. Verwende ab jetzt die neue.</translation>
    </message>
    <message>
        <source>That is longer than %1 bytes; please use a shorter one.</source>
        <translation>Das ist länger als %1 Bytes; bitte nimm eine kürzere.</translation>
    </message>
    <message>
        <source>Nothing was entered, so nothing was changed.</source>
        <translation>Es wurde nichts eingegeben, also wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Standard input ended before every passphrase or code was given. Nothing was changed.</source>
        <translation>Die Standardeingabe war zu Ende, bevor alle Passphrasen oder Codes angegeben waren. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Unlock the profile and check that it is whole</source>
        <translation>Das Profil entsperren und prüfen, ob es vollständig ist</translation>
    </message>
    <message>
        <source>Asks for the passphrase, then checks the key file (and whether its passphrase was set with the quick test settings), the database&apos;s integrity and its schema version. Prints what it found, and how many rows each table holds, on standard output. Nothing is changed.</source>
        <translation>Fragt nach der Passphrase und prüft dann die Schlüsseldatei (auch, ob ihre Passphrase mit den schnellen Testeinstellungen festgelegt wurde), die Unversehrtheit der Datenbank und ihre Schemaversion. Gibt das Ergebnis und die Zeilenzahl jeder Tabelle auf der Standardausgabe aus. Es wird nichts geändert.</translation>
    </message>
    <message>
        <source>This profile&apos;s passphrase was set with the quick test settings (MOORING_INSECURE_FAST_KDF), so it is only weakly protected. Before keeping anything real here, please change the passphrase with &quot;mooring-cli passwd&quot; while that setting is not set.</source>
        <translation>Die Passphrase dieses Profils wurde mit den schnellen Testeinstellungen (MOORING_INSECURE_FAST_KDF) festgelegt und ist deshalb nur schwach geschützt. Bevor du hier etwas Echtes aufbewahrst, ändere die Passphrase bitte mit „mooring-cli passwd“, ohne dass diese Einstellung gesetzt ist.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Passphrase: </translation>
    </message>
    <message>
        <source>The database is damaged: its integrity check found problems. A backup may still hold your entries; please keep this folder as it is for now.</source>
        <translation>Die Datenbank ist beschädigt: Die Prüfung hat Fehler gefunden. Eine Sicherung enthält deine Einträge vielleicht noch; bitte lass diesen Ordner vorerst, wie er ist.</translation>
    </message>
    <message>
        <source>All is well: the profile opens, and its database is whole and up to date.</source>
        <translation>Alles in Ordnung: Das Profil lässt sich öffnen, und seine Datenbank ist vollständig und aktuell.</translation>
    </message>
    <message>
        <source>The built-in coping ideas could not be read (%1).</source>
        <translation>Die mitgelieferten Ideen konnten nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>This is a little long: please keep it to %1 characters (it is %2 now).</source>
        <translation>Das ist etwas lang: Bitte höchstens %1 Zeichen (jetzt sind es %2).</translation>
    </message>
    <message>
        <source>Please give the idea a short title.</source>
        <translation>Bitte gib der Idee einen kurzen Titel.</translation>
    </message>
    <message>
        <source>“%1” is %2 characters long; it can hold up to %3. Please shorten it a little.</source>
        <translation>„%1“ ist %2 Zeichen lang; Platz ist für bis zu %3. Bitte kürze es ein wenig.</translation>
    </message>
    <message>
        <source>This item is %1 characters long; the limit is %2. Could you make it shorter, or split it into two items?</source>
        <translation>Dieser Punkt ist %1 Zeichen lang; erlaubt sind %2. Magst du ihn kürzen oder auf zwei Punkte aufteilen?</translation>
    </message>
    <message>
        <source>The note can be up to %1 characters long.</source>
        <translation>Die Notiz kann bis zu %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A section can hold up to %1 items.</source>
        <translation>Ein Abschnitt kann bis zu %1 Punkte enthalten.</translation>
    </message>
    <message>
        <source>This file cannot be imported, and nothing was changed. %1</source>
        <translation>Diese Datei kann nicht importiert werden; es wurde nichts geändert. %1</translation>
    </message>
    <message>
        <source>This file nests its data deeper than a Mooring export ever does, so it was not read. Nothing was changed.</source>
        <translation>Diese Datei verschachtelt ihre Daten tiefer, als ein Mooring-Export es je tut, deshalb wurde sie nicht gelesen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This file is not a Mooring export (it is not readable JSON, or it is damaged). Nothing was changed.</source>
        <translation>Diese Datei ist kein Mooring-Export (sie ist kein lesbares JSON oder beschädigt). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This file was made by another program, not by Mooring&apos;s export, so it cannot be imported. Nothing was changed.</source>
        <translation>Diese Datei stammt von einem anderen Programm, nicht aus dem Export von Mooring, deshalb kann sie nicht importiert werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>expected a whole number of 1 or more</source>
        <translation>erwartet war eine ganze Zahl ab 1</translation>
    </message>
    <message>
        <source>This file was made by a newer Mooring (export format version %1); this Mooring reads version %2. Please update Mooring to import it. Nothing was changed.</source>
        <translation>Diese Datei stammt von einem neueren Mooring (Exportformat Version %1); dieses Mooring liest Version %2. Bitte aktualisiere Mooring, um sie zu importieren. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>the id %1 appears more than once in this file</source>
        <translation>die ID %1 kommt in dieser Datei mehr als einmal vor</translation>
    </message>
    <message>
        <source>expected at most %L1 entries in %2, got %L3</source>
        <translation>erwartet waren höchstens %L1 Einträge in %2, gefunden wurden %L3</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation>Zwischenüberschrift</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>an jedem Tag</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <source>Part of Mooring&apos;s library is missing from this copy of the program. Reinstalling Mooring should bring it back.</source>
        <translation>In dieser Kopie des Programms fehlt ein Teil der Bibliothek von Mooring. Wenn du Mooring neu installierst, sollte er wieder da sein.</translation>
    </message>
    <message>
        <source>Mooring</source>
        <translation>Mooring</translation>
    </message>
    <message>
        <source>hide “%1”</source>
        <translation>„%1“ ausblenden</translation>
    </message>
    <message>
        <source>show “%1” again</source>
        <translation>„%1“ wieder zeigen</translation>
    </message>
    <message>
        <source>delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>There isn&apos;t enough free space to save %1. Nothing was changed. Freeing some space on this drive and trying again should help.</source>
        <translation>Es ist nicht genug Platz frei, um %1 zu speichern. Es wurde nichts geändert. Wenn du auf diesem Laufwerk etwas Platz schaffst und es noch einmal versuchst, sollte es gehen.</translation>
    </message>
    <message>
        <source>Mooring isn&apos;t allowed to save %1; the folder may be read-only. Nothing was changed.</source>
        <translation>Mooring darf %1 nicht speichern; vielleicht ist der Ordner schreibgeschützt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Mooring couldn&apos;t save %1. Nothing was changed; please try again.</source>
        <translation>Mooring konnte %1 nicht speichern. Es wurde nichts geändert; bitte versuch es noch einmal.</translation>
    </message>
    <message>
        <source>The backup in %1 could not be read back as it should: it may be damaged or incomplete. Nothing was changed.</source>
        <translation>Die Sicherung in %1 ließ sich nicht wie erwartet zurücklesen: Vielleicht ist sie beschädigt oder unvollständig. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The backup was stopped because Mooring was locked. It is made again at the next unlock.</source>
        <translation>Die Sicherung wurde angehalten, weil Mooring gesperrt wurde. Sie wird beim nächsten Entsperren erneut erstellt.</translation>
    </message>
    <message>
        <source>This contact is no longer there.</source>
        <translation>Diesen Kontakt gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Mooring could not save your data. The folder may be read-only or the disk may be full. Nothing was changed.</source>
        <translation>Mooring konnte deine Daten nicht speichern. Vielleicht ist der Ordner schreibgeschützt oder der Datenträger voll. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Mooring could not read your data file. It may have been damaged or changed. A backup can bring it back.</source>
        <translation>Mooring konnte deine Datendatei nicht lesen. Vielleicht wurde sie beschädigt oder verändert. Eine Sicherung kann sie zurückbringen.</translation>
    </message>
    <message>
        <source>This data file does not match its key file, or it has been damaged. Nothing was changed, and a backup can bring your data back.</source>
        <translation>Diese Datendatei passt nicht zu ihrer Schlüsseldatei oder wurde beschädigt. Es wurde nichts geändert, und eine Sicherung kann deine Daten zurückbringen.</translation>
    </message>
    <message>
        <source>The data file of this profile is missing. Nothing was changed. If you have a backup, it can bring your data back.</source>
        <translation>Die Datendatei dieses Profils fehlt. Es wurde nichts geändert. Wenn du eine Sicherung hast, kann sie deine Daten zurückbringen.</translation>
    </message>
    <message>
        <source>Your data is in use by another Mooring window right now. Please close it and try again.</source>
        <translation>Deine Daten werden gerade in einem anderen Mooring-Fenster benutzt. Bitte schließ es und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>This could not be saved as it is. Please check it and try again.</source>
        <translation>So konnte es nicht gespeichert werden. Bitte sieh es dir noch einmal an und versuch es erneut.</translation>
    </message>
    <message>
        <source>There is already a data file in this folder, so a new one was not made. Nothing was changed.</source>
        <translation>In diesem Ordner gibt es schon eine Datendatei, deshalb wurde keine neue angelegt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This entry is no longer in your journal, so the changes could not be saved. Nothing else was changed.</source>
        <translation>Dieser Eintrag ist nicht mehr in deinem Tagebuch, deshalb konnten die Änderungen nicht gespeichert werden. Sonst wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Mooring&apos;s key file (%1) is damaged, so this profile can&apos;t be opened with it. Your passphrase is not the problem. Restoring a backup brings back a working key file.</source>
        <translation>Die Schlüsseldatei von Mooring (%1) ist beschädigt, deshalb lässt sich dieses Profil damit nicht öffnen. An deiner Passphrase liegt es nicht. Wenn du eine Sicherung wiederherstellst, ist wieder eine funktionierende Schlüsseldatei da.</translation>
    </message>
    <message>
        <source>Mooring&apos;s key file (%1) asks for more memory or time than Mooring ever uses: Mooring did not write it like this, so it is treated as damaged. Your passphrase was not tried, and it is not the problem. Restoring a backup brings back a working key file.</source>
        <translation>Die Schlüsseldatei von Mooring (%1) verlangt mehr Arbeitsspeicher oder Zeit, als Mooring je verwendet: So hat Mooring sie nicht geschrieben, deshalb gilt sie als beschädigt. Deine Passphrase wurde gar nicht ausprobiert, an ihr liegt es nicht. Wenn du eine Sicherung wiederherstellst, ist wieder eine funktionierende Schlüsseldatei da.</translation>
    </message>
    <message>
        <source>This profile&apos;s key file (%1) was made by a newer version of Mooring. Please open it with that version; nothing here was changed.</source>
        <translation>Die Schlüsseldatei dieses Profils (%1) stammt von einer neueren Version von Mooring. Bitte öffne es mit dieser Version; hier wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Mooring couldn&apos;t read its key file (%1). It may be missing, or this account may not be allowed to read it.</source>
        <translation>Mooring konnte seine Schlüsseldatei (%1) nicht lesen. Vielleicht fehlt sie, oder dieses Benutzerkonto darf sie nicht lesen.</translation>
    </message>
    <message>
        <source>This computer doesn&apos;t have enough free memory to open the key file right now. Closing some other programs and trying again may help.</source>
        <translation>Dieser Computer hat gerade nicht genug freien Arbeitsspeicher, um die Schlüsseldatei zu öffnen. Vielleicht hilft es, ein paar andere Programme zu schließen und es noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>That recovery code didn&apos;t open this profile. Please check it&apos;s the code you wrote down for this profile, and try again.</source>
        <translation>Mit diesem Wiederherstellungscode ließ sich das Profil nicht öffnen. Bitte prüfe, ob es der Code ist, den du für dieses Profil aufgeschrieben hast, und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>That passphrase didn&apos;t open Mooring. Check Caps Lock and try again.</source>
        <translation>Mit dieser Passphrase ließ sich Mooring nicht öffnen. Prüf die Feststelltaste und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>This profile was made by a newer version of Mooring. Please open it with that version. Nothing was changed.</source>
        <translation>Dieses Profil stammt von einer neueren Version von Mooring. Bitte öffne es mit dieser Version. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This profile seems to be open in Mooring on another computer (%1). Please close it there first. If that computer is switched off, or Mooring stopped there unexpectedly, deleting the file mooring.lock in the profile folder lets you open it here.</source>
        <translation>Dieses Profil scheint auf einem anderen Computer in Mooring geöffnet zu sein (%1). Bitte schließ es dort zuerst. Wenn dieser Computer ausgeschaltet ist oder Mooring dort unerwartet beendet wurde, kannst du die Datei mooring.lock im Profilordner löschen und es hier öffnen.</translation>
    </message>
    <message>
        <source>Mooring is already open with this profile in another window. Please switch to that window, or close it and try again.</source>
        <translation>Mooring ist mit diesem Profil schon in einem anderen Fenster geöffnet. Bitte wechsle zu diesem Fenster oder schließ es und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Mooring can&apos;t use the profile folder %1; it may be read-only or not allowed for this account.</source>
        <translation>Mooring kann den Profilordner %1 nicht verwenden; vielleicht ist er schreibgeschützt oder für dieses Benutzerkonto nicht erlaubt.</translation>
    </message>
    <message>
        <source>Your settings could not be saved. The folder may be read-only or the disk full; everything else is unchanged.</source>
        <translation>Deine Einstellungen konnten nicht gespeichert werden. Vielleicht ist der Ordner schreibgeschützt oder der Datenträger voll; alles andere ist unverändert.</translation>
    </message>
    <message>
        <source>Please type your recovery code. It&apos;s the 28 letters and digits you wrote down when you set up Mooring.</source>
        <translation>Bitte gib deinen Wiederherstellungscode ein. Das sind die 28 Buchstaben und Ziffern, die du beim Einrichten von Mooring aufgeschrieben hast.</translation>
    </message>
    <message>
        <source>Group %1 has a character that isn&apos;t part of any recovery code. Recovery codes use only digits and letters; please compare that group with your copy.</source>
        <translation>In Gruppe %1 steht ein Zeichen, das in keinem Wiederherstellungscode vorkommt. Wiederherstellungscodes bestehen nur aus Ziffern und Buchstaben; bitte vergleich diese Gruppe mit deiner Abschrift.</translation>
    </message>
    <message>
        <source>A recovery code has 28 letters and digits (7 groups of 4), and this one has %1. Please compare it with your copy.</source>
        <translation>Ein Wiederherstellungscode hat 28 Buchstaben und Ziffern (7 Gruppen zu je 4), dieser hat %1. Bitte vergleich ihn mit deiner Abschrift.</translation>
    </message>
    <message>
        <source>This code has a small typing slip somewhere. Please compare each group with your copy; 0 and O, 1 and I count as the same.</source>
        <translation>In diesem Code steckt irgendwo ein kleiner Tippfehler. Bitte vergleich jede Gruppe mit deiner Abschrift; 0 und O sowie 1 und I gelten als gleich.</translation>
    </message>
    <message>
        <source>The encryption library could not start on this computer.</source>
        <translation>Die Verschlüsselungsbibliothek konnte auf diesem Computer nicht starten.</translation>
    </message>
    <message>
        <source>There is already an idea with this title here (it may be hidden). Please choose a different title.</source>
        <translation>Hier gibt es schon eine Idee mit diesem Titel (vielleicht ist sie ausgeblendet). Bitte wähle einen anderen Titel.</translation>
    </message>
    <message>
        <source>This idea is no longer in your toolbox. Nothing was changed.</source>
        <translation>Diese Idee ist nicht mehr in deinem Werkzeugkasten. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Ideas that come with Mooring can be hidden, but not deleted.</source>
        <translation>Ideen, die mit Mooring kommen, lassen sich ausblenden, aber nicht löschen.</translation>
    </message>
    <message>
        <source>The built-in coping ideas are missing from this copy of Mooring.</source>
        <translation>In dieser Kopie von Mooring fehlen die mitgelieferten Ideen.</translation>
    </message>
    <message>
        <source>Please choose a passphrase. It&apos;s what opens Mooring.</source>
        <translation>Bitte wähle eine Passphrase. Mit ihr öffnest du Mooring.</translation>
    </message>
    <message>
        <source>Mooring couldn&apos;t make the profile folder %1. The place may be read-only or full. Nothing was saved.</source>
        <translation>Mooring konnte den Profilordner %1 nicht anlegen. Vielleicht ist der Ort schreibgeschützt oder voll. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Mooring&apos;s data file (%1) doesn&apos;t match its key file, or it has been damaged. Nothing was changed; a backup can bring your data back.</source>
        <translation>Die Datendatei von Mooring (%1) passt nicht zu ihrer Schlüsseldatei oder wurde beschädigt. Es wurde nichts geändert; eine Sicherung kann deine Daten zurückbringen.</translation>
    </message>
    <message>
        <source>There&apos;s already a Mooring profile in %1, so a new one wasn&apos;t made. Nothing was changed.</source>
        <translation>In %1 gibt es schon ein Mooring-Profil, deshalb wurde kein neues angelegt. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>There&apos;s no Mooring profile in %1 yet.</source>
        <translation>In %1 gibt es noch kein Mooring-Profil.</translation>
    </message>
    <message>
        <source>Mooring&apos;s key file (%1) is missing, so your data can&apos;t be opened. Nothing was changed. Restoring a backup brings the key file back.</source>
        <translation>Die Schlüsseldatei von Mooring (%1) fehlt, deshalb lassen sich deine Daten nicht öffnen. Es wurde nichts geändert. Wenn du eine Sicherung wiederherstellst, ist die Schlüsseldatei wieder da.</translation>
    </message>
    <message>
        <source>Mooring&apos;s data file (%1) is missing, although its key file is still there. Nothing was changed. Restoring a backup brings your data back.</source>
        <translation>Die Datendatei von Mooring (%1) fehlt, obwohl die Schlüsseldatei noch da ist. Es wurde nichts geändert. Wenn du eine Sicherung wiederherstellst, sind deine Daten wieder da.</translation>
    </message>
    <message>
        <source>This week could not be found in the calendar.</source>
        <translation>Diese Woche wurde im Kalender nicht gefunden.</translation>
    </message>
    <message>
        <source>This note is longer than %1 characters; please shorten it.</source>
        <translation>Diese Notiz ist länger als %1 Zeichen; bitte kürze sie.</translation>
    </message>
    <message>
        <source>Show Mooring in LANGUAGE (en or de) this time, whatever the settings say.</source>
        <translation>Mooring diesmal in LANGUAGE zeigen (en oder de), egal was in den Einstellungen steht.</translation>
    </message>
    <message>
        <source>One of the answers is very long. Could you make it a little shorter, or keep the rest in your journal?</source>
        <translation>Eine der Antworten ist sehr lang. Magst du sie etwas kürzen oder den Rest in deinem Tagebuch festhalten?</translation>
    </message>
    <message>
        <source>(There is one more problem.)</source>
        <translation>(Es gibt noch ein weiteres Problem.)</translation>
    </message>
    <message>
        <source>(There are %L1 more problems.)</source>
        <translation>(Es gibt noch %L1 weitere Probleme.)</translation>
    </message>
    <message>
        <source>no idea with the id %1 is in this file or in your toolbox</source>
        <translation>weder in dieser Datei noch in deinem Werkzeugkasten gibt es eine Idee mit der ID %1</translation>
    </message>
    <message>
        <source>with the entries already here, %1 would have %L2 entries; at most %L3 fit in one year</source>
        <translation>mit den Einträgen, die schon da sind, hätte %1 dann %L2 Einträge; in ein Jahr passen höchstens %L3</translation>
    </message>
    <message>
        <source>This protected export is damaged at its beginning, so it cannot be opened. Nothing was changed. If you have another copy of the file, please try that one.</source>
        <translation>Dieser geschützte Export ist am Anfang beschädigt und lässt sich deshalb nicht öffnen. Es wurde nichts geändert. Wenn du eine andere Kopie der Datei hast, versuch es bitte damit.</translation>
    </message>
    <message>
        <source>This protected export is incomplete: it ends too early, perhaps because copying it stopped half-way. Nothing was changed. If you have another copy, please try that one.</source>
        <translation>Dieser geschützte Export ist unvollständig: Er hört zu früh auf, vielleicht weil das Kopieren mittendrin abgebrochen ist. Es wurde nichts geändert. Wenn du eine andere Kopie hast, versuch es bitte damit.</translation>
    </message>
    <message>
        <source>This protected export asks for more memory or time to open than Mooring ever uses: Mooring did not write it like this, so it is treated as damaged. It was not opened, and nothing was changed. If you have another copy, please try that one.</source>
        <translation>Dieser geschützte Export verlangt zum Öffnen mehr Arbeitsspeicher oder Zeit, als Mooring je verwendet: So hat Mooring ihn nicht geschrieben, deshalb gilt er als beschädigt. Er wurde nicht geöffnet, und es wurde nichts geändert. Wenn du eine andere Kopie hast, versuch es bitte damit.</translation>
    </message>
    <message>
        <source>This protected export was changed or damaged after it was made, so it cannot be trusted. Nothing was changed. If you have another copy, please try that one.</source>
        <translation>Dieser geschützte Export wurde nach dem Erstellen verändert oder beschädigt, deshalb ist er nicht vertrauenswürdig. Es wurde nichts geändert. Wenn du eine andere Kopie hast, versuch es bitte damit.</translation>
    </message>
    <message>
        <source>There was not enough memory to prepare the export passphrase. Please close other programs and try again.</source>
        <translation>Der Arbeitsspeicher hat nicht gereicht, um die Export-Passphrase vorzubereiten. Bitte schließ andere Programme und versuch es noch einmal.</translation>
    </message>
    <message>
        <source>An idea no longer in my toolbox</source>
        <translation>Eine Idee, die nicht mehr in meinem Werkzeugkasten ist</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>On average they were %1 out of 10; the strongest was %2.</source>
        <translation>Im Schnitt lag der Drang bei %1 von 10; am stärksten war er bei %2.</translation>
    </message>
    <message>
        <source>How they ended: %1.</source>
        <translation>Wie es ausgegangen ist: %1.</translation>
    </message>
    <message>
        <source>No triggers were noted this week.</source>
        <translation>Diese Woche wurden keine Auslöser notiert.</translation>
    </message>
    <message>
        <source>No feelings were noted this week.</source>
        <translation>Diese Woche wurden keine Gefühle notiert.</translation>
    </message>
    <message>
        <source>Triggers that came up most: %1.</source>
        <translation>Häufigste Auslöser: %1.</translation>
    </message>
    <message>
        <source>Feelings that came up most: %1.</source>
        <translation>Häufigste Gefühle: %1.</translation>
    </message>
    <message>
        <source>at night</source>
        <translation>nachts</translation>
    </message>
    <message>
        <source>in the morning</source>
        <translation>morgens</translation>
    </message>
    <message>
        <source>in the afternoon</source>
        <translation>nachmittags</translation>
    </message>
    <message>
        <source>in the evening</source>
        <translation>abends</translation>
    </message>
    <message>
        <source>It was written on %1, %2.</source>
        <translation>Notiert am %1, %2.</translation>
    </message>
    <message>
        <source>Most came on %1, and most %2.</source>
        <translation>Am häufigsten am %1, und am häufigsten %2.</translation>
    </message>
    <message>
        <source>No coping ideas were noted as tried this week.</source>
        <translation>Diese Woche wurden keine Ideen als versucht notiert.</translation>
    </message>
    <message>
        <source>You tried %1 different ideas, %2 times in all.</source>
        <translation>Du hast %1 verschiedene Ideen versucht, insgesamt %2-mal.</translation>
    </message>
    <message>
        <source>An idea no longer in your toolbox</source>
        <translation>Eine Idee, die nicht mehr in deinem Werkzeugkasten ist</translation>
    </message>
    <message>
        <source>“%1” helped most: %2 out of 10 on average.</source>
        <translation>„%1“ hat am meisten geholfen: im Schnitt %2 von 10.</translation>
    </message>
    <message>
        <source>There are no entries up to the end of this week.</source>
        <translation>Bis zum Ende dieser Woche gibt es keine Einträge.</translation>
    </message>
    <message>
        <source>Since you started: %1.</source>
        <translation>Seit du angefangen hast: %1.</translation>
    </message>
    <message>
        <source>Nothing was written down this week. That is all right; your journal is here whenever you want it.</source>
        <translation>Diese Woche wurde nichts aufgeschrieben. Das ist in Ordnung; dein Tagebuch ist da, wann immer du es möchtest.</translation>
    </message>
    <message>
        <source>There is nothing in the four weeks before this one to compare with.</source>
        <translation>In den vier Wochen davor gibt es nichts, womit sich vergleichen ließe.</translation>
    </message>
    <message>
        <source>You wrote down about as many urges as in the four weeks before (%1 a week).</source>
        <translation>Du hast ungefähr so oft einen Drang notiert wie in den vier Wochen davor (%1 pro Woche).</translation>
    </message>
    <message>
        <source>You wrote down fewer urges than your recent average (%1 a week).</source>
        <translation>Du hast seltener einen Drang notiert als zuletzt im Schnitt (%1 pro Woche).</translation>
    </message>
    <message>
        <source>You wrote down more urges than your recent average (%1 a week).</source>
        <translation>Du hast öfter einen Drang notiert als zuletzt im Schnitt (%1 pro Woche).</translation>
    </message>
    <message>
        <source>As in the four weeks before, no urge was 7 or stronger.</source>
        <translation>Wie in den vier Wochen davor war kein Drang bei 7 oder stärker.</translation>
    </message>
    <message>
        <source>About as many strong urges (7 or more) as your recent average (%1 a week).</source>
        <translation>Ungefähr so oft starker Drang (7 oder mehr) wie zuletzt im Schnitt (%1 pro Woche).</translation>
    </message>
    <message>
        <source>Fewer strong urges (7 or more) than your recent average (%1 a week).</source>
        <translation>Seltener starker Drang (7 oder mehr) als zuletzt im Schnitt (%1 pro Woche).</translation>
    </message>
    <message>
        <source>More strong urges (7 or more) than your recent average (%1 a week).</source>
        <translation>Öfter starker Drang (7 oder mehr) als zuletzt im Schnitt (%1 pro Woche).</translation>
    </message>
    <message>
        <source>On average, urges were about as strong as in the four weeks before (%1 out of 10).</source>
        <translation>Im Schnitt war der Drang ungefähr so stark wie in den vier Wochen davor (%1 von 10).</translation>
    </message>
    <message>
        <source>On average, urges were less strong than in the four weeks before (%1 out of 10).</source>
        <translation>Im Schnitt war der Drang schwächer als in den vier Wochen davor (%1 von 10).</translation>
    </message>
    <message>
        <source>On average, urges were stronger than in the four weeks before (%1 out of 10).</source>
        <translation>Im Schnitt war der Drang stärker als in den vier Wochen davor (%1 von 10).</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1.–%2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No urges written down.</source>
        <translation>Kein Drang notiert.</translation>
    </message>
    <message>
        <source>How strong: %1.</source>
        <translation>Wie stark: %1.</translation>
    </message>
    <message>
        <source>Mooring couldn&apos;t save a backup in %1. The folder may be read-only or the disk full. Your data itself is as it was.</source>
        <translation>Mooring konnte in %1 keine Sicherung speichern. Vielleicht ist der Ordner schreibgeschützt oder der Datenträger voll. Deine Daten selbst sind unverändert.</translation>
    </message>
    <message>
        <source>There is no backup called “%1”. The list of backups shows the names there are.</source>
        <translation>Es gibt keine Sicherung namens „%1“. Die Liste der Sicherungen zeigt, welche Namen es gibt.</translation>
    </message>
    <message>
        <source>Mooring checks its encryption each time it starts, and on this computer the check did not pass. To keep your data safe it will not open anything. Installing Mooring again may put this right; your data has not been touched.</source>
        <translation>Mooring prüft bei jedem Start seine Verschlüsselung, und auf diesem Computer hat die Prüfung nicht geklappt. Damit deine Daten sicher bleiben, öffnet es nichts. Vielleicht hilft es, Mooring neu zu installieren; deine Daten wurden nicht angetastet.</translation>
    </message>
    <message>
        <source>That is a lot to keep here. Could you make it a little shorter, or keep the rest in your journal?</source>
        <translation>Das ist viel für diese Stelle. Magst du es etwas kürzen oder den Rest in deinem Tagebuch festhalten?</translation>
    </message>
    <message>
        <source>Try Mooring with a made-up sample profile. Nothing in it is real, and it is deleted when you close Mooring.</source>
        <translation>Mooring mit einem ausgedachten Beispielprofil ausprobieren. Nichts darin ist echt, und es wird gelöscht, wenn du Mooring schließt.</translation>
    </message>
    <message>
        <source>Make an encrypted backup of the profile now</source>
        <translation>Jetzt eine verschlüsselte Sicherung des Profils erstellen</translation>
    </message>
    <message>
        <source>Asks for the passphrase, then copies the database (still encrypted) and the key file into a new folder in the profile&apos;s backups folder, checks that the copy opens and is whole, and prints its name on standard output. Older backups are rotated as usual.</source>
        <translation>Fragt nach der Passphrase, kopiert dann die Datenbank (weiterhin verschlüsselt) und die Schlüsseldatei in einen neuen Ordner im Sicherungsordner des Profils, prüft, ob sich die Kopie öffnen lässt und vollständig ist, und gibt ihren Namen auf der Standardausgabe aus. Ältere Sicherungen werden wie gewohnt ausgetauscht.</translation>
    </message>
    <message>
        <source>The backup is made and checked: %1</source>
        <translation>Die Sicherung ist erstellt und geprüft: %1</translation>
    </message>
    <message>
        <source>List the backups, newest first</source>
        <translation>Die Sicherungen auflisten, die neueste zuerst</translation>
    </message>
    <message>
        <source>List the built-in helplines, with where each was confirmed</source>
        <translation>Die eingebauten Hilfetelefone auflisten, mit der Seite, auf der jede Nummer bestätigt wurde</translation>
    </message>
    <message>
        <source>Prints the helplines Mooring ships, one a line with tab-separated fields: region, name, how to call or text, hours, and the page and day each number was confirmed on. --region CODE shows one region (such as UK, DE or OTHER); --json prints a JSON list instead. No profile and no passphrase are needed.</source>
        <translation>Gibt die Hilfetelefone aus, die Mooring mitbringt, eines pro Zeile mit Feldern, getrennt durch Tabulatoren: Region, Name, wie man anruft oder schreibt, Erreichbarkeit sowie Seite und Tag, an dem jede Nummer bestätigt wurde. --region CODE zeigt eine Region (etwa UK, DE oder OTHER); --json gibt stattdessen eine JSON-Liste aus. Weder ein Profil noch eine Passphrase werden gebraucht.</translation>
    </message>
    <message>
        <source>only this region&apos;s helplines</source>
        <translation>nur die Hilfetelefone dieser Region</translation>
    </message>
    <message>
        <source>print JSON for scripts</source>
        <translation>JSON für Skripte ausgeben</translation>
    </message>
    <message>
        <source>Mooring has no region “%1”. Run “mooring-cli helplines” to see them all.</source>
        <translation>Mooring kennt keine Region „%1“. „mooring-cli helplines“ zeigt alle.</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>anrufen: %1</translation>
    </message>
    <message>
        <source>text %1</source>
        <translation>schreiben an %1</translation>
    </message>
    <message>
        <source>text %1 to %2</source>
        <translation>%1 an %2 schreiben</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>Notruf</translation>
    </message>
    <message>
        <source>for young people</source>
        <translation>für junge Menschen</translation>
    </message>
    <message>
        <source>confirmed %1 on %2</source>
        <translation>bestätigt am %1 auf %2</translation>
    </message>
    <message>
        <source>To find a helpline where you live, look up findahelpline.com on a phone or another device. It lists free, confidential lines in many countries.</source>
        <translation>Um ein Hilfetelefon in deiner Nähe zu finden, schau auf einem Handy oder einem anderen Gerät unter findahelpline.com nach. Dort stehen kostenlose, vertrauliche Angebote aus vielen Ländern.</translation>
    </message>
    <message>
        <source>If it is not an emergency, call %1 on %2, or contact your doctor.</source>
        <translation>Wenn es kein Notfall ist, ruf %1 unter %2 an oder wende dich an deine Ärztin oder deinen Arzt.</translation>
    </message>
    <message>
        <source>Prints one backup a line on standard output: its name (what “restore” takes), when it was made, its kind (daily, manual, or before-import, before-restore, before-migration) and its size in bytes, separated by tabs. Then, on standard error, how many there are and the room they take together. No passphrase is needed.</source>
        <translation>Gibt auf der Standardausgabe eine Sicherung pro Zeile aus: ihren Namen (den „restore“ erwartet), wann sie erstellt wurde, ihre Art (daily, manual oder before-import, before-restore, before-migration) und ihre Größe in Bytes, getrennt durch Tabulatoren. Danach auf der Standardfehlerausgabe, wie viele es sind und wie viel Platz sie zusammen brauchen. Eine Passphrase ist nicht nötig.</translation>
    </message>
    <message>
        <source>There are no backups in this profile yet.</source>
        <translation>In diesem Profil gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Save the profile, or only the plan, to a file</source>
        <translation>Das Profil oder nur den Plan in einer Datei speichern</translation>
    </message>
    <message>
        <source>Asks for the passphrase, then for an export passphrase twice, and writes the whole profile to FILE, encrypted with the export passphrase. With --plan-only the file holds the safety plan, contacts, helplines and coping ideas, never the journal. With --plain the file is readable JSON that anyone who opens it can read; no export passphrase is asked for. With --csv the file is the journal as a spreadsheet (CSV), one row per entry, which is never protected either.</source>
        <translation>Fragt nach der Passphrase und dann zweimal nach einer Export-Passphrase und schreibt das ganze Profil nach FILE, verschlüsselt mit der Export-Passphrase. Mit --plan-only enthält die Datei den Sicherheitsplan, die Kontakte, die Hilfetelefone und die Ideen, nie das Tagebuch. Mit --plain ist die Datei lesbares JSON, das alle lesen können, die sie öffnen; dann wird nach keiner Export-Passphrase gefragt. Mit --csv ist die Datei das Tagebuch als Tabelle (CSV), eine Zeile pro Eintrag; auch sie ist nie geschützt.</translation>
    </message>
    <message>
        <source>only the plan, contacts, helplines and coping ideas</source>
        <translation>nur den Plan, die Kontakte, die Hilfetelefone und die Ideen</translation>
    </message>
    <message>
        <source>readable JSON without protection (anyone can read it)</source>
        <translation>lesbares JSON ohne Schutz (alle können es lesen)</translation>
    </message>
    <message>
        <source>Warning: this file will not be protected. Anyone who opens it can read everything in it%1. Keep it somewhere only you can reach, and delete it when it is no longer needed.</source>
        <translation>Achtung: Diese Datei wird nicht geschützt. Alle, die sie öffnen, können alles darin lesen%1. Bewahre sie dort auf, wo nur du hinkommst, und lösch sie, wenn du sie nicht mehr brauchst.</translation>
    </message>
    <message>
        <source>, including your journal</source>
        <translation>, auch dein Tagebuch</translation>
    </message>
    <message>
        <source>Export passphrase: </source>
        <translation>Export-Passphrase: </translation>
    </message>
    <message>
        <source>The export passphrase is empty. Please choose one, ideally a few words long.</source>
        <translation>Die Export-Passphrase ist leer. Bitte wähle eine, am besten ein paar Wörter lang.</translation>
    </message>
    <message>
        <source>The same export passphrase again: </source>
        <translation>Dieselbe Export-Passphrase noch einmal: </translation>
    </message>
    <message>
        <source>The two export passphrases are not the same. Nothing was written; please try again.</source>
        <translation>Die beiden Export-Passphrasen sind nicht gleich. Es wurde nichts geschrieben; bitte versuch es noch einmal.</translation>
    </message>
    <message>
        <source>Your profile was exported to %1.</source>
        <translation>Dein Profil wurde nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Your plan was exported to %1.</source>
        <translation>Dein Plan wurde nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Bring an export into the profile, all or nothing</source>
        <translation>Einen Export ins Profil holen, ganz oder gar nicht</translation>
    </message>
    <message>
        <source>Asks for the passphrase and, if the file is protected, its export passphrase. Checks the whole file first, shows what it holds on standard error, makes a backup, then writes everything in one step, or nothing if anything is wrong. Records already here are replaced only by newer ones, so importing the same file twice changes nothing.</source>
        <translation>Fragt nach der Passphrase und, wenn die Datei geschützt ist, nach ihrer Export-Passphrase. Prüft zuerst die ganze Datei, zeigt auf der Standardfehlerausgabe, was sie enthält, erstellt eine Sicherung und schreibt dann alles in einem Schritt, oder gar nichts, wenn etwas nicht stimmt. Was schon da ist, wird nur durch Neueres ersetzt; dieselbe Datei zweimal zu importieren, ändert also nichts.</translation>
    </message>
    <message>
        <source>In %1: %2</source>
        <translation>In %1: %2</translation>
    </message>
    <message>
        <source>The import is done. A backup of how things were before is in the backups folder.</source>
        <translation>Der Import ist fertig. Eine Sicherung des vorherigen Stands liegt im Sicherungsordner.</translation>
    </message>
    <message>
        <source>Bring back a backup (the current state is backed up first)</source>
        <translation>Eine Sicherung zurückholen (der jetzige Stand wird vorher gesichert)</translation>
    </message>
    <message>
        <source>There is no backup called “%1”. “mooring-cli backups” lists the names there are.</source>
        <translation>Es gibt keine Sicherung namens „%1“. „mooring-cli backups“ listet die vorhandenen Namen auf.</translation>
    </message>
    <message>
        <source>“%1” is not a date. Please give the date as YYYY-MM-DD, for example 2026-11-16.</source>
        <translation>„%1“ ist kein Datum. Bitte gib das Datum als JJJJ-MM-TT an, zum Beispiel 2026-11-16.</translation>
    </message>
    <message>
        <source>Show one week&apos;s review: how many urges, how strong, and what helped</source>
        <translation>Den Rückblick auf eine Woche zeigen: wie oft ein Drang kam, wie stark und was geholfen hat</translation>
    </message>
    <message>
        <source>Asks for the passphrase, then prints the week containing the given date (today if none) as the same plain sentences the review screen shows or, with --json, as data. An entry belongs to the week by its local date, in the UTC offset stored with it. Nothing is changed.</source>
        <translation>Fragt nach der Passphrase und gibt dann die Woche mit dem angegebenen Datum (ohne Datum: heute) in denselben einfachen Sätzen aus, die der Wochenrückblick zeigt, oder mit --json als Daten. Ein Eintrag gehört nach seinem lokalen Datum zur Woche, mit der UTC-Abweichung, die mit ihm gespeichert ist. Es wird nichts geändert.</translation>
    </message>
    <message>
        <source>a day in the week to show (default: today)</source>
        <translation>ein Tag in der Woche, die gezeigt werden soll (ohne Angabe: heute)</translation>
    </message>
    <message>
        <source>the day weeks start on (default: monday)</source>
        <translation>der Tag, mit dem Wochen beginnen (ohne Angabe: monday)</translation>
    </message>
    <message>
        <source>print the figures as JSON</source>
        <translation>die Zahlen als JSON ausgeben</translation>
    </message>
    <message>
        <source>Your week: %1</source>
        <translation>Deine Woche: %1</translation>
    </message>
    <message>
        <source>The sample profile bundled with Mooring is damaged (%1).</source>
        <translation>Das mitgelieferte Beispielprofil von Mooring ist beschädigt (%1).</translation>
    </message>
    <message>
        <source>Mooring could not make a private temporary folder for the sample profile. Your own profile has not been touched.</source>
        <translation>Mooring konnte keinen privaten vorübergehenden Ordner für das Beispielprofil anlegen. Dein eigenes Profil wurde nicht angetastet.</translation>
    </message>
    <message>
        <source>1 plan version</source>
        <translation>1 Planfassung</translation>
    </message>
    <message>
        <source>%1 plan versions</source>
        <translation>%1 Planfassungen</translation>
    </message>
    <message>
        <source>1 idea</source>
        <translation>1 Idee</translation>
    </message>
    <message>
        <source>%1 ideas</source>
        <translation>%1 Ideen</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 Kontakt</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 Kontakte</translation>
    </message>
    <message>
        <source>1 helpline</source>
        <translation>1 Hilfetelefon</translation>
    </message>
    <message>
        <source>%1 helplines</source>
        <translation>%1 Hilfetelefone</translation>
    </message>
    <message>
        <source>1 journal entry</source>
        <translation>1 Tagebucheintrag</translation>
    </message>
    <message>
        <source>%1 journal entries</source>
        <translation>%1 Tagebucheinträge</translation>
    </message>
    <message>
        <source>1 week note</source>
        <translation>1 Wochennotiz</translation>
    </message>
    <message>
        <source>%1 week notes</source>
        <translation>%1 Wochennotizen</translation>
    </message>
    <message>
        <source>1 new</source>
        <translation>1 neu</translation>
    </message>
    <message>
        <source>%1 new</source>
        <translation>%1 neu</translation>
    </message>
    <message>
        <source>1 already here and newer (kept)</source>
        <translation>1 schon hier und neuer (bleibt)</translation>
    </message>
    <message>
        <source>%1 already here and newer (kept)</source>
        <translation>%1 schon hier und neuer (bleiben)</translation>
    </message>
    <message>
        <source>1 already here and older (updated)</source>
        <translation>1 schon hier und älter (wird aktualisiert)</translation>
    </message>
    <message>
        <source>%1 already here and older (updated)</source>
        <translation>%1 schon hier und älter (werden aktualisiert)</translation>
    </message>
    <message>
        <source>1 already here, the same</source>
        <translation>1 schon hier, gleich</translation>
    </message>
    <message>
        <source>%1 already here, the same</source>
        <translation>%1 schon hier, gleich</translation>
    </message>
    <message>
        <source>You wrote down one urge this week.</source>
        <translation>Du hast diese Woche einmal einen Drang notiert.</translation>
    </message>
    <message>
        <source>You wrote down %1 urges this week.</source>
        <translation>Du hast diese Woche %1-mal einen Drang notiert.</translation>
    </message>
    <message>
        <source>the urge passed once</source>
        <translation>einmal ist der Drang vorbeigegangen</translation>
    </message>
    <message>
        <source>the urge passed %1 times</source>
        <translation>%1-mal ist der Drang vorbeigegangen</translation>
    </message>
    <message>
        <source>you got through it another way once</source>
        <translation>einmal hast du ihn auf andere Weise überstanden</translation>
    </message>
    <message>
        <source>you got through it another way %1 times</source>
        <translation>%1-mal hast du ihn auf andere Weise überstanden</translation>
    </message>
    <message>
        <source>you acted on it once</source>
        <translation>einmal bist du dem Drang gefolgt</translation>
    </message>
    <message>
        <source>you acted on it %1 times</source>
        <translation>%1-mal bist du dem Drang gefolgt</translation>
    </message>
    <message>
        <source>one has no answer</source>
        <translation>bei einem fehlt die Antwort</translation>
    </message>
    <message>
        <source>%1 have no answer</source>
        <translation>bei %1 fehlt die Antwort</translation>
    </message>
    <message>
        <source>You tried one idea, once.</source>
        <translation>Du hast eine Idee versucht, einmal.</translation>
    </message>
    <message>
        <source>You tried one idea, %1 times.</source>
        <translation>Du hast eine Idee versucht, %1-mal.</translation>
    </message>
    <message>
        <source>one urge that passed or that you got through another way</source>
        <translation>ein Drang, der vorbeiging oder den du auf andere Weise überstanden hast</translation>
    </message>
    <message>
        <source>%1 urges that passed or that you got through another way</source>
        <translation>%1-mal ein Drang, der vorbeiging oder den du auf andere Weise überstanden hast</translation>
    </message>
    <message>
        <source>one entry written</source>
        <translation>ein Eintrag geschrieben</translation>
    </message>
    <message>
        <source>%1 entries written</source>
        <translation>%1 Einträge geschrieben</translation>
    </message>
    <message>
        <source>one week with entries</source>
        <translation>eine Woche mit Einträgen</translation>
    </message>
    <message>
        <source>%1 weeks with entries</source>
        <translation>%1 Wochen mit Einträgen</translation>
    </message>
    <message>
        <source>one idea tried</source>
        <translation>eine Idee versucht</translation>
    </message>
    <message>
        <source>%1 different ideas tried</source>
        <translation>%1 verschiedene Ideen versucht</translation>
    </message>
    <message>
        <source>urge %2: one entry</source>
        <translation>Drang %2: ein Eintrag</translation>
    </message>
    <message>
        <source>urge %2: %1 entries</source>
        <translation>Drang %2: %1 Einträge</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>Woanders</translation>
    </message>
    <message>
        <source>If it is not an emergency, call NHS 111, or contact your GP.</source>
        <translation>Wenn es kein Notfall ist, ruf NHS 111 an oder wende dich an deine Hausarztpraxis.</translation>
    </message>
    <message>
        <source>If it is not an emergency, call healthdirect on 1800 022 222, or see your GP.</source>
        <translation>Wenn es kein Notfall ist, ruf healthdirect unter 1800 022 222 an oder geh zu deiner Hausarztpraxis.</translation>
    </message>
    <message>
        <source>If it is not an emergency, contact your GP, or the GP out-of-hours service in your area.</source>
        <translation>Wenn es kein Notfall ist, wende dich an deine Hausarztpraxis oder an den hausärztlichen Bereitschaftsdienst in deiner Gegend.</translation>
    </message>
    <message>
        <source>If it is not an emergency, contact your doctor or an urgent care clinic.</source>
        <translation>Wenn es kein Notfall ist, wende dich an deine Ärztin, deinen Arzt oder eine Praxis für dringende Fälle.</translation>
    </message>
    <message>
        <source>If it is not an emergency, contact your doctor or a local health service.</source>
        <translation>Wenn es kein Notfall ist, wende dich an deine Ärztin, deinen Arzt oder einen Gesundheitsdienst in deiner Nähe.</translation>
    </message>
    <message>
        <source>1 setback reflection</source>
        <translation>1 Rückblick auf einen Rückschlag</translation>
    </message>
    <message>
        <source>%1 setback reflections</source>
        <translation>%1 Rückblicke auf Rückschläge</translation>
    </message>
    <message>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <source>%1 times</source>
        <translation>%1-mal</translation>
    </message>
    <message>
        <source>tried once</source>
        <translation>einmal versucht</translation>
    </message>
    <message>
        <source>tried %1 times</source>
        <translation>%1-mal versucht</translation>
    </message>
    <message>
        <source>Mooring can&apos;t write in the profile folder %1. The disk may be full: freeing some space and trying again should help.</source>
        <translation>Mooring kann nicht in den Profilordner %1 schreiben. Vielleicht ist der Datenträger voll: Wenn du etwas Platz schaffst und es noch einmal versuchst, sollte es gehen.</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM</source>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Asks for the passphrase (today&apos;s, or the one in use when the backup was made), checks the backup, keeps the profile as it is now, then puts the backup&apos;s database in place (and its key file, when only the backup&apos;s key file opened). Afterwards the passphrase you typed opens the profile. NAME is one of the names “backups” lists. A damaged backup, or one of another profile, is refused and nothing changes.</source>
        <translation>Fragt nach der Passphrase (der heutigen oder der, die galt, als die Sicherung gemacht wurde), prüft die Sicherung, bewahrt das Profil so auf, wie es jetzt ist, und setzt dann die Datenbank der Sicherung ein (und ihre Schlüsseldatei, wenn nur die Schlüsseldatei der Sicherung sich öffnen ließ). Danach öffnet die Passphrase, die du eingegeben hast, das Profil. NAME ist einer der Namen, die „backups“ auflistet. Eine beschädigte Sicherung oder eine eines anderen Profils wird abgelehnt, und nichts ändert sich.</translation>
    </message>
    <message>
        <source>The backup %1 is back in place. What was there before is kept in the backups folder as %2. The passphrase you just typed opens the profile.</source>
        <translation>Die Sicherung %1 ist wieder eingesetzt. Was vorher da war, liegt im Ordner der Sicherungen als %2. Die Passphrase, die du gerade eingegeben hast, öffnet das Profil.</translation>
    </message>
    <message>
        <source>The database is at schema version %1, made by a newer Mooring than this one (version %2). Nothing was changed.</source>
        <translation>Die Datenbank hat die Schema-Version %1 und wurde von einem neueren Mooring angelegt als diesem (Version %2). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>All is well: the profile opens and its database is whole. It was made by an older Mooring and is brought up to date the next time it is opened.</source>
        <translation>Alles ist in Ordnung: Das Profil lässt sich öffnen, und seine Datenbank ist vollständig. Sie stammt von einem älteren Mooring und wird beim nächsten Öffnen auf den neuen Stand gebracht.</translation>
    </message>
    <message>
        <source>Mooring is locked, so this could not be done. Please unlock and try again.</source>
        <translation>Mooring ist gesperrt, deshalb ließ sich das nicht erledigen. Bitte entsperre und versuche es noch einmal.</translation>
    </message>
    <message>
        <source>This copy of Mooring was built with a database library that is not safe to use from more than one task at a time, so it will not open your data. Nothing has been changed. Please install Mooring from its usual package.</source>
        <translation>Diese Mooring-Ausgabe wurde mit einer Datenbankbibliothek gebaut, die nicht sicher von mehreren Aufgaben zugleich benutzt werden kann, deshalb öffnet sie deine Daten nicht. Es wurde nichts geändert. Bitte installiere Mooring aus seinem üblichen Paket.</translation>
    </message>
    <message>
        <source>Your backup is back in place, and what you had before is kept as a backup too. Please unlock again with the passphrase you use today.</source>
        <translation>Deine Sicherung ist wieder eingesetzt, und was du vorher hattest, ist ebenfalls als Sicherung aufbewahrt. Bitte entsperre wieder mit der Passphrase, die du heute verwendest.</translation>
    </message>
    <message>
        <source>Mooring&apos;s data file is empty or incomplete, so your data can&apos;t be read from it. Nothing was changed. Restoring a backup brings your data back.</source>
        <translation>Moorings Datendatei ist leer oder unvollständig, deshalb lassen sich deine Daten nicht aus ihr lesen. Es wurde nichts geändert. Eine Sicherung wiederherzustellen bringt deine Daten zurück.</translation>
    </message>
    <message>
        <source>%1 is inside Mooring&apos;s own profile folder, where it could replace one of your profile&apos;s files. Nothing was written; please choose a place outside that folder.</source>
        <translation>%1 liegt in Moorings eigenem Profilordner und könnte dort eine Datei deines Profils ersetzen. Es wurde nichts geschrieben; bitte wähle einen Ort außerhalb dieses Ordners.</translation>
    </message>
    <message>
        <source>If someone may know your passphrase: new keys for everything, and a new passphrase</source>
        <translation>Wenn jemand deine Passphrase kennen könnte: neue Schlüssel für alles und eine neue Passphrase</translation>
    </message>
    <message>
        <source>Asks for the current passphrase, then a new one twice. Makes a new random key, copies your data and every backup under it, and removes the copies under the old key, so that the old passphrase and the old recovery code open nothing in this folder any more. Prints a new recovery code on standard output (write it down); with --keep-recovery-code, asks for the current recovery code and keeps it instead. With --remove-backups, the old backups are removed instead of copied. Copies of the profile made elsewhere before now (on another drive, in a cloud folder) are not reached.</source>
        <translation>Fragt nach der jetzigen Passphrase, dann zweimal nach einer neuen. Erzeugt einen neuen zufälligen Schlüssel, kopiert deine Daten und jede Sicherung unter ihn und entfernt die Kopien unter dem alten Schlüssel, sodass die alte Passphrase und der alte Wiederherstellungscode in diesem Ordner nichts mehr öffnen. Gibt einen neuen Wiederherstellungscode auf der Standardausgabe aus (schreib ihn auf); mit --keep-recovery-code fragt es stattdessen nach dem jetzigen Wiederherstellungscode und behält ihn. Mit --remove-backups werden die alten Sicherungen entfernt statt kopiert. Kopien des Profils, die schon vorher anderswo gemacht wurden (auf einem anderen Laufwerk, in einem Cloud-Ordner), werden nicht erreicht.</translation>
    </message>
    <message>
        <source>keep the current recovery code (it is asked for)</source>
        <translation>den jetzigen Wiederherstellungscode behalten (er wird abgefragt)</translation>
    </message>
    <message>
        <source>remove the old backups instead of copying them</source>
        <translation>die alten Sicherungen entfernen, statt sie zu kopieren</translation>
    </message>
    <message>
        <source>Current recovery code: </source>
        <translation>Jetziger Wiederherstellungscode: </translation>
    </message>
    <message>
        <source>Making new keys and copying your data under them; this takes a moment…</source>
        <translation>Neue Schlüssel werden erzeugt und deine Daten darunter kopiert; das dauert einen Moment …</translation>
    </message>
    <message>
        <source>Below is your new recovery code. Please write it down now: the old one no longer works. It is shown only this once.</source>
        <translation>Unten steht dein neuer Wiederherstellungscode. Bitte schreib ihn jetzt auf: Der alte gilt nicht mehr. Er wird nur dieses eine Mal gezeigt.</translation>
    </message>
    <message>
        <source>Your data is under new keys and the new passphrase works, but the new recovery code could not be written to standard output. Please make a new recovery code in Mooring&apos;s settings.</source>
        <translation>Deine Daten liegen unter neuen Schlüsseln und die neue Passphrase gilt, aber der neue Wiederherstellungscode konnte nicht auf die Standardausgabe geschrieben werden. Bitte erstelle in Moorings Einstellungen einen neuen Wiederherstellungscode.</translation>
    </message>
    <message numerus="yes">
        <source>Done. Your data is under new keys; %n old backups were removed. Use the new passphrase from now on.</source>
        <translation>
            <numerusform>Fertig. Deine Daten liegen unter neuen Schlüsseln; %n alte Sicherung wurde entfernt. Verwende ab jetzt die neue Passphrase.</numerusform>
            <numerusform>Fertig. Deine Daten liegen unter neuen Schlüsseln; %n alte Sicherungen wurden entfernt. Verwende ab jetzt die neue Passphrase.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done. Your data and %n backups are under new keys. Use the new passphrase from now on.</source>
        <translation>
            <numerusform>Fertig. Deine Daten und %n Sicherung liegen unter neuen Schlüsseln. Verwende ab jetzt die neue Passphrase.</numerusform>
            <numerusform>Fertig. Deine Daten und %n Sicherungen liegen unter neuen Schlüsseln. Verwende ab jetzt die neue Passphrase.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done. Your data is under new keys; 1 old backup was removed. Use the new passphrase from now on.</source>
        <translation>Fertig. Deine Daten liegen unter neuen Schlüsseln; 1 alte Sicherung wurde entfernt. Verwende ab jetzt die neue Passphrase.</translation>
    </message>
    <message>
        <source>Done. Your data and its one backup are under new keys. Use the new passphrase from now on.</source>
        <translation>Fertig. Deine Daten und ihre Sicherung liegen unter neuen Schlüsseln. Verwende ab jetzt die neue Passphrase.</translation>
    </message>
    <message>
        <source>Some backups could not be updated, so your old passphrase or recovery code may still open them: %1 in %2. Deleting those folders is safer; your other backups and your profile are up to date.</source>
        <translation>Einige Sicherungen konnten nicht angepasst werden, deshalb öffnen deine alte Passphrase oder dein alter Wiederherstellungscode sie vielleicht noch: %1 in %2. Diese Ordner zu löschen ist sicherer; deine anderen Sicherungen und dein Profil sind auf dem neuen Stand.</translation>
    </message>
    <message>
        <source>Mooring couldn&apos;t make the new copy of your data in %1. The disk may be full or the folder read-only. Nothing was changed: your passphrase and your data are as they were.</source>
        <translation>Mooring konnte die neue Kopie deiner Daten in %1 nicht anlegen. Vielleicht ist das Laufwerk voll oder der Ordner schreibgeschützt. Es wurde nichts geändert: Deine Passphrase und deine Daten sind wie vorher.</translation>
    </message>
    <message>
        <source>The new copy of your data did not read back as it should, so Mooring put everything back as it was. Your passphrase has not changed. The disk may be failing; copying the profile folder elsewhere would be wise.</source>
        <translation>Die neue Kopie deiner Daten ließ sich nicht wie erwartet zurücklesen, deshalb hat Mooring alles wieder so hergestellt, wie es war. Deine Passphrase hat sich nicht geändert. Vielleicht hat das Laufwerk einen Fehler; den Profilordner anderswohin zu kopieren wäre klug.</translation>
    </message>
    <message>
        <source>1 already here, changed at the same time but differently (kept as it is here)</source>
        <translation>1 schon hier, zur selben Zeit, aber anders geändert (bleibt, wie es hier ist)</translation>
    </message>
    <message>
        <source>%1 already here, changed at the same time but differently (kept as they are here)</source>
        <translation>%1 schon hier, zur selben Zeit, aber anders geändert (bleiben, wie sie hier sind)</translation>
    </message>
    <message>
        <source>Show the figures of several weeks, for example the time between two therapy sessions</source>
        <translation>Die Zahlen mehrerer Wochen zeigen, zum Beispiel für die Zeit zwischen zwei Therapiestunden</translation>
    </message>
    <message>
        <source>Asks for the passphrase, then prints the figures from --from to --to, both days included, at most a year: how many entries, how strong the urges were, how they ended, triggers, feelings, each week&apos;s count and what was tried. Without dates, the four weeks ending today. An entry belongs to a day by its local date, in the UTC offset stored with it. The words of the entries are never printed. Nothing is changed.</source>
        <translation>Fragt nach der Passphrase und gibt dann die Zahlen von --from bis --to aus, beide Tage eingeschlossen, höchstens ein Jahr: wie viele Einträge, wie stark der Drang war, wie es ausging, Auslöser, Gefühle, die Zahl jeder Woche und was ausprobiert wurde. Ohne Daten die vier Wochen bis heute. Ein Eintrag gehört nach seinem lokalen Datum zu einem Tag, mit der UTC-Abweichung, die mit ihm gespeichert ist. Die Worte der Einträge werden nie ausgegeben. Es wird nichts geändert.</translation>
    </message>
    <message>
        <source>the first day (default: four weeks before --to)</source>
        <translation>der erste Tag (ohne Angabe: vier Wochen vor --to)</translation>
    </message>
    <message>
        <source>the last day (default: today)</source>
        <translation>der letzte Tag (ohne Angabe: heute)</translation>
    </message>
    <message>
        <source>Your report from %1 to %2</source>
        <translation>Dein Bericht vom %1 bis %2</translation>
    </message>
    <message>
        <source>1 entry was written down.</source>
        <translation>1 Eintrag wurde aufgeschrieben.</translation>
    </message>
    <message>
        <source>%1 entries were written down.</source>
        <translation>%1 Einträge wurden aufgeschrieben.</translation>
    </message>
    <message>
        <source>On average the urge was %1 out of 10; the strongest was %2.</source>
        <translation>Im Schnitt lag der Drang bei %1 von 10; am stärksten war er bei %2.</translation>
    </message>
    <message>
        <source>Plan versions saved in this time: %1.</source>
        <translation>In dieser Zeit gespeicherte Fassungen des Plans: %1.</translation>
    </message>
    <message>
        <source>For every figure, week by week, add --json.</source>
        <translation>Für alle Zahlen, Woche für Woche, --json anfügen.</translation>
    </message>
    <message>
        <source>the journal as a spreadsheet (CSV) without protection (anyone can read it)</source>
        <translation>das Tagebuch als Tabelle (CSV) ohne Schutz (alle können es lesen)</translation>
    </message>
    <message>
        <source>--csv writes the journal, so it cannot go with --plan-only. Please choose one of the two.</source>
        <translation>--csv schreibt das Tagebuch und passt deshalb nicht zu --plan-only. Bitte wähle eins von beiden.</translation>
    </message>
    <message>
        <source>Your journal was saved as a spreadsheet in %1.</source>
        <translation>Dein Tagebuch wurde als Tabelle in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Mooring could not change how it starts when you log in. The folder %1 may be read-only or the disk full. Mooring works as before; you can start it yourself whenever you like.</source>
        <translation>Mooring konnte nicht ändern, wie es beim Anmelden startet. Der Ordner %1 ist vielleicht schreibgeschützt oder die Festplatte voll. Mooring funktioniert wie bisher; du kannst es jederzeit selbst starten.</translation>
    </message>
    <message>
        <source>Start in the tray, without a window, for reminders. Without a tray, the window opens as usual.</source>
        <translation>Im Infobereich starten, ohne Fenster, für Erinnerungen. Ohne Infobereich öffnet sich das Fenster wie gewohnt.</translation>
    </message>
    <message>
        <source>%1 out of 10</source>
        <translation>%1 von 10</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>not today</source>
        <translation>heute nicht</translation>
    </message>
    <message>
        <source>How today was</source>
        <translation>Wie der Tag war</translation>
    </message>
    <message>
        <source>Urges</source>
        <translation>Drang</translation>
    </message>
    <message>
        <source>Feeling: %1</source>
        <translation>Gefühl: %1</translation>
    </message>
    <message>
        <source>Helped: %1</source>
        <translation>Geholfen: %1</translation>
    </message>
    <message>
        <source>Hours of sleep</source>
        <translation>Stunden Schlaf</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>Ate regularly</source>
        <translation>Regelmäßig gegessen</translation>
    </message>
    <message>
        <source>Medication as prescribed</source>
        <translation>Medikamente wie verordnet</translation>
    </message>
    <message>
        <source>Moved my body</source>
        <translation>Mich bewegt</translation>
    </message>
    <message>
        <source>There are no check-ins for this week.</source>
        <translation>Für diese Woche gibt es keine Check-ins.</translation>
    </message>
    <message>
        <source>You checked in on one day this week.</source>
        <translation>Diese Woche hast du an einem Tag einen Check-in gemacht.</translation>
    </message>
    <message>
        <source>You checked in on %1 days this week.</source>
        <translation>Diese Woche hast du an %1 Tagen einen Check-in gemacht.</translation>
    </message>
    <message>
        <source>one day</source>
        <translation>ein Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>On the days you noted it, what helped: %1.</source>
        <translation>An den Tagen, an denen du es notiert hast, hat geholfen: %1.</translation>
    </message>
    <message>
        <source>The report would start on %1, after it ends on %2. Please give a --from date on or before the --to date.</source>
        <translation>Der Bericht würde am %1 beginnen, nach seinem Ende am %2. Bitte gib bei --from ein Datum an, das nicht nach dem bei --to liegt.</translation>
    </message>
    <message>
        <source>A report covers at most a year. Starting on %1, it can go up to %2; please choose a later --from or an earlier --to.</source>
        <translation>Ein Bericht umfasst höchstens ein Jahr. Ab dem %1 reicht er bis zum %2; bitte wähle ein späteres --from oder ein früheres --to.</translation>
    </message>
    <message>
        <source>Saving the report as a PDF needs %1, which comes with mooring-cli, and it is not in %2. Nothing was written. Installing Mooring again brings it back; until then, the window saves the same report (My week, Report for my next session).</source>
        <translation>Um den Bericht als PDF zu speichern, braucht es %1, das zu mooring-cli gehört, und es ist nicht in %2. Es wurde nichts geschrieben. Wenn du Mooring neu installierst, ist es wieder da; bis dahin speichert das Fenster denselben Bericht (Meine Woche, Bericht für meine nächste Sitzung).</translation>
    </message>
    <message>
        <source>%1 could not be started, so the PDF was not made. Nothing was written.</source>
        <translation>%1 konnte nicht gestartet werden, deshalb wurde das PDF nicht erstellt. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>--pdf and --json make two different things. Please choose one of them.</source>
        <translation>--pdf und --json machen zwei verschiedene Dinge. Bitte wähle eins davon.</translation>
    </message>
    <message>
        <source>--include chooses what goes in the PDF, so it needs --pdf FILE. The figures (with or without --json) are always all there, and never your own words.</source>
        <translation>--include wählt aus, was in das PDF kommt, und braucht deshalb --pdf FILE. Die Zahlen (mit oder ohne --json) sind immer alle da, und nie deine eigenen Worte.</translation>
    </message>
    <message>
        <source>With --pdf FILE it saves the report for your next session as a PDF instead, the same one the window makes, readable only by you. That is done by %1, which comes with mooring-cli. --include names what goes in, separated by commas (for example glance,helped,words); without it, what the window ticks at first: %2. The parts:</source>
        <translation>Mit --pdf FILE speichert es stattdessen den Bericht für deine nächste Sitzung als PDF, denselben, den das Fenster macht, und nur du kannst ihn lesen. Das übernimmt %1, das zu mooring-cli gehört. --include nennt, was hineinkommt, durch Kommas getrennt (zum Beispiel glance,helped,words); ohne --include das, was das Fenster zu Beginn ankreuzt: %2. Die Teile:</translation>
    </message>
    <message>
        <source>save the report as a PDF in FILE instead (only you can read it)</source>
        <translation>den Bericht stattdessen als PDF in FILE speichern (nur du kannst ihn lesen)</translation>
    </message>
    <message>
        <source>with --pdf: the parts to put in, separated by commas (below)</source>
        <translation>mit --pdf: die Teile, die hineinkommen, durch Kommas getrennt (siehe unten)</translation>
    </message>
    <message>
        <source>Your report from %1 to %2 was saved as a PDF in %3.</source>
        <translation>Dein Bericht vom %1 bis %2 wurde als PDF in %3 gespeichert.</translation>
    </message>
    <message>
        <source>--include needs the parts to put in the report, separated by commas. The parts are: %1.</source>
        <translation>--include braucht die Teile, die in den Bericht kommen, durch Kommas getrennt. Die Teile sind: %1.</translation>
    </message>
    <message>
        <source>The report has no part called “%1”. The parts you can name are: %2. Nothing was written.</source>
        <translation>Der Bericht hat keinen Teil namens „%1“. Diese Teile kannst du nennen: %2. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Mooring can keep JPEG and PNG photos and Ogg or WAV sounds. This file is none of these, so it was not added.</source>
        <translation>Mooring kann JPEG- und PNG-Fotos sowie Ogg- oder WAV-Töne aufbewahren. Diese Datei ist nichts davon, darum wurde sie nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>The caption is %1 characters long; it can hold up to %2. Please shorten it a little.</source>
        <translation>Die Beschriftung ist %1 Zeichen lang; Platz ist für bis zu %2. Bitte kürze sie ein wenig.</translation>
    </message>
    <message>
        <source>This file is too large to keep here (%1 MB; up to %2 MB). Please choose a smaller one.</source>
        <translation>Diese Datei ist zu groß, um sie hier aufzubewahren (%1 MB; bis zu %2 MB). Bitte wähle eine kleinere.</translation>
    </message>
    <message>
        <source>This file could not be read as a photo or sound Mooring can keep. Nothing was changed.</source>
        <translation>Diese Datei ließ sich nicht als Foto oder Ton lesen, den Mooring aufbewahren kann. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This photo or sound is no longer here. Nothing was changed.</source>
        <translation>Dieses Foto oder dieser Ton ist nicht mehr da. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Photos and sounds can be kept with the ideas of your safety box. Nothing was changed.</source>
        <translation>Fotos und Töne lassen sich bei den Ideen deines Notfallkoffers aufbewahren. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This idea still has photos or sounds kept with it. Please remove them first, so that none is lost by accident.</source>
        <translation>Bei dieser Idee sind noch Fotos oder Töne aufbewahrt. Bitte entferne sie zuerst, damit keines aus Versehen verloren geht.</translation>
    </message>
    <message>
        <source>one photo</source>
        <translation>ein Foto</translation>
    </message>
    <message numerus="yes">
        <source>%n photos</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message>
        <source>one recording</source>
        <translation>eine Aufnahme</translation>
    </message>
    <message numerus="yes">
        <source>%n recordings</source>
        <translation>
            <numerusform>%n Aufnahme</numerusform>
            <numerusform>%n Aufnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>one sound</source>
        <translation>ein Ton</translation>
    </message>
    <message numerus="yes">
        <source>%n sounds</source>
        <translation>
            <numerusform>%n Ton</numerusform>
            <numerusform>%n Töne</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” keeps %2. Would you like to delete it together with the idea? Undo (Ctrl+Z) brings both back.</source>
        <translation>Bei „%1“ ist %2 aufbewahrt. Möchtest du beides zusammen löschen? Rückgängig (Strg+Z) holt beides zurück.</translation>
    </message>
    <message>
        <source>“%1” keeps %2. Would you like to delete them together with the idea? Undo (Ctrl+Z) brings all of it back.</source>
        <translation>Bei „%1“ sind %2 aufbewahrt. Möchtest du sie zusammen mit der Idee löschen? Rückgängig (Strg+Z) holt alles zurück.</translation>
    </message>
    <message>
        <source>Delete this idea and what it keeps?</source>
        <translation>Idee mit allem Aufbewahrten löschen?</translation>
    </message>
    <message>
        <source>This file could not be opened as a picture. Mooring can keep photos in JPEG or PNG.</source>
        <translation>Diese Datei ließ sich nicht als Bild öffnen. Mooring kann Fotos im Format JPEG oder PNG aufbewahren.</translation>
    </message>
    <message>
        <source>This picture is too large to open here. Please choose a smaller one.</source>
        <translation>Dieses Bild ist zu groß, um es hier zu öffnen. Bitte wähle ein kleineres.</translation>
    </message>
    <message>
        <source>Backups: %1, together %2 (%3 bytes).</source>
        <translation>Sicherungen: %1, zusammen %2 (%3 Bytes).</translation>
    </message>
    <message>
        <source>1 photo or sound</source>
        <translation>1 Foto oder Ton</translation>
    </message>
    <message>
        <source>%1 photos and sounds</source>
        <translation>%1 Fotos und Töne</translation>
    </message>
    <message>
        <source>The file changed after it was checked, so nothing was imported. Please choose it again.</source>
        <translation>Die Datei hat sich verändert, nachdem sie geprüft wurde, deshalb wurde nichts importiert. Bitte wähle sie noch einmal aus.</translation>
    </message>
    <message>
        <source>The file %1 could not be read to the end. Nothing was changed.</source>
        <translation>Die Datei %1 konnte nicht bis zum Ende gelesen werden. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The export changed while it was being written, so it was not saved. Please try again.</source>
        <translation>Der Export hat sich verändert, während er geschrieben wurde, deshalb wurde er nicht gespeichert. Bitte versuche es noch einmal.</translation>
    </message>
    <message>
        <source>A photo or sound changed while the export was being written, so it was not saved. Please try again.</source>
        <translation>Ein Foto oder Ton hat sich verändert, während der Export geschrieben wurde, deshalb wurde er nicht gespeichert. Bitte versuche es noch einmal.</translation>
    </message>
    <message>
        <source>Something went wrong while writing it.</source>
        <translation>Beim Schreiben ist etwas schiefgegangen.</translation>
    </message>
</context>
<context>
    <name>mooring::Backups</name>
    <message>
        <source>A backup was made but did not read back correctly, so it was removed again. Your data itself is as it was. The disk may be failing; copying the profile folder elsewhere would be wise.</source>
        <translation>Eine Sicherung wurde erstellt, ließ sich aber nicht richtig zurücklesen und wurde deshalb wieder entfernt. Deine Daten selbst sind unverändert. Vielleicht hat der Datenträger ein Problem; es wäre gut, den Profilordner woandershin zu kopieren.</translation>
    </message>
    <message>
        <source>This passphrase opens neither the profile nor the backup “%1”. The backup may have been made with another passphrase, or for another profile. Nothing was changed.</source>
        <translation>Diese Passphrase öffnet weder das Profil noch die Sicherung „%1“. Die Sicherung wurde vielleicht mit einer anderen Passphrase oder für ein anderes Profil gemacht. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The backup “%1” can&apos;t be opened with this profile&apos;s key: it belongs to another profile, or it has been damaged. Nothing was changed.</source>
        <translation>Die Sicherung „%1“ lässt sich mit dem Schlüssel dieses Profils nicht öffnen: Sie gehört zu einem anderen Profil, oder sie wurde beschädigt. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>mooring::BackupsSection</name>
    <message>
        <source>made on the day&apos;s first unlock</source>
        <translation>beim ersten Entsperren des Tages erstellt</translation>
    </message>
    <message>
        <source>made when you asked</source>
        <translation>auf deinen Wunsch erstellt</translation>
    </message>
    <message>
        <source>made before an import</source>
        <translation>vor einem Import erstellt</translation>
    </message>
    <message>
        <source>made before a restore</source>
        <translation>vor einem Zurückholen erstellt</translation>
    </message>
    <message>
        <source>made before an update</source>
        <translation>vor einer Aktualisierung erstellt</translation>
    </message>
    <message>
        <source>made before a change</source>
        <translation>vor einer Änderung erstellt</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>Jetzt si&amp;chern</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>Wieder&amp;herstellen…</translation>
    </message>
    <message>
        <source>Mooring keeps encrypted copies of your data in this profile&apos;s folder: one on the first unlock of each day, and one before anything that replaces data. The last week of days and one copy for each of the four weeks before are kept.</source>
        <translation>Mooring bewahrt verschlüsselte Kopien deiner Daten im Ordner dieses Profils auf: eine beim ersten Entsperren jedes Tages und eine vor allem, was Daten ersetzt. Aufbewahrt werden die Tage der letzten Woche und je eine Kopie für jede der vier Wochen davor.</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sicherungen, die neueste zuerst</translation>
    </message>
    <message>
        <source>Makes an encrypted copy of your data now</source>
        <translation>Erstellt jetzt eine verschlüsselte Kopie deiner Daten</translation>
    </message>
    <message>
        <source>Brings back the chosen backup after asking you</source>
        <translation>Holt die ausgewählte Sicherung zurück, nachdem du zugestimmt hast</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No backups yet. The first is made when you next unlock, or now.</source>
        <translation>Noch keine Sicherungen. Die erste entsteht beim nächsten Entsperren, oder jetzt.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <source>A new backup is made and checked.</source>
        <translation>Eine neue Sicherung ist erstellt und geprüft.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Your data will go back to how it was on %1.

First, what you have now is saved as a backup of its own, so nothing is lost and you can come back to it. Then Mooring locks, puts the backup in place, and asks for your passphrase again.

The passphrase you use today keeps working.</source>
        <translation>Deine Daten gehen auf den Stand vom %1 zurück.

Zuerst wird dein jetziger Stand als eigene Sicherung gespeichert, damit nichts verloren geht und du zu ihm zurückkehren kannst. Dann sperrt sich Mooring, setzt die Sicherung ein und fragt noch einmal nach deiner Passphrase.

Die Passphrase, die du heute verwendest, gilt weiter.</translation>
    </message>
</context>
<context>
    <name>mooring::BreathingPacer</name>
    <message>
        <source>Breathe</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <source>Breathing circle</source>
        <translation>Atemkreis</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds to breathe in</source>
        <translation>Sekunden zum Einatmen</translation>
    </message>
    <message>
        <source>Seconds to breathe out</source>
        <translation>Sekunden zum Ausatmen</translation>
    </message>
    <message>
        <source>Breathe in for</source>
        <translation>Einatmen für</translation>
    </message>
    <message>
        <source>out for</source>
        <translation>ausatmen für</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the breathing guide</source>
        <translation>Die Atemhilfe anhalten</translation>
    </message>
    <message>
        <source>Go on</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Go on with the breathing guide</source>
        <translation>Mit der Atemhilfe weitermachen</translation>
    </message>
    <message>
        <source>Breathe in while the count goes up, then breathe out slowly while it counts again.</source>
        <translation>Atme ein, während hochgezählt wird, und dann langsam aus, während noch einmal gezählt wird.</translation>
    </message>
    <message>
        <source>Breathe in as the circle grows. Breathe out as it gets smaller.</source>
        <translation>Atme ein, während der Kreis wächst. Atme aus, während er kleiner wird.</translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation>Einatmen</translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation>Ausatmen</translation>
    </message>
</context>
<context>
    <name>mooring::CaptionDialog</name>
    <message>
        <source>Caption</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>It is kept. A few words about it help you find it again, and a screen reader says them.</source>
        <translation>Es ist aufbewahrt. Ein paar Worte dazu helfen dir, es wiederzufinden, und ein Bildschirmleser liest sie vor.</translation>
    </message>
    <message>
        <source>A few words about it. A screen reader says them.</source>
        <translation>Ein paar Worte dazu. Ein Bildschirmleser liest sie vor.</translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation>&amp;Beschriftung</translation>
    </message>
    <message>
        <source>For example “My sister and me at the lake”</source>
        <translation>Zum Beispiel „Meine Schwester und ich am See“</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>mooring::CheckIn</name>
    <message>
        <source>Please give the day this check-in is for.</source>
        <translation>Bitte gib den Tag an, für den dieser Check-in gilt.</translation>
    </message>
    <message>
        <source>This check-in is for a day that has not come yet. Please check the date.</source>
        <translation>Dieser Check-in ist für einen Tag, der noch nicht gekommen ist. Bitte prüf das Datum.</translation>
    </message>
    <message>
        <source>Please choose how today is, from 0 to 10. It is the only thing a check-in needs.</source>
        <translation>Bitte wähl, wie der Tag heute ist, von 0 bis 10. Mehr braucht ein Check-in nicht.</translation>
    </message>
    <message>
        <source>How today is</source>
        <translation>Wie der Tag heute ist</translation>
    </message>
    <message>
        <source>How strong the urge was</source>
        <translation>Wie stark der Drang war</translation>
    </message>
    <message>
        <source>Up to %1 feelings can be kept for one day.</source>
        <translation>Für einen Tag lassen sich bis zu %1 Gefühle festhalten.</translation>
    </message>
    <message>
        <source>What I felt</source>
        <translation>Was ich gefühlt habe</translation>
    </message>
    <message>
        <source>Up to %1 things that helped can be kept for one day.</source>
        <translation>Für einen Tag lassen sich bis zu %1 Dinge festhalten, die geholfen haben.</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Was geholfen hat</translation>
    </message>
    <message>
        <source>Hours of sleep need to be a number from 0 to 24.</source>
        <translation>Die Stunden Schlaf brauchen eine Zahl von 0 bis 24.</translation>
    </message>
    <message>
        <source>The note is a single line. Please leave out the line breaks.</source>
        <translation>Die Notiz ist eine einzige Zeile. Bitte lass die Zeilenumbrüche weg.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>mooring::CheckInScreen</name>
    <message>
        <source>Leave the urge unanswered</source>
        <translation>Den Drang unbeantwortet lassen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>A few moments for how today is going. Only the first question is needed; leave out anything you like.</source>
        <translation>Ein paar Momente dafür, wie der Tag heute ist. Nur die erste Frage ist nötig; lass alles andere weg, wie du magst.</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Tag</translation>
    </message>
    <message>
        <source>The day this check-in is for</source>
        <translation>Der Tag, für den dieser Check-in ist</translation>
    </message>
    <message>
        <source>Today, or an earlier day.</source>
        <translation>Heute oder ein früherer Tag.</translation>
    </message>
    <message>
        <source>How is today, overall, from 0 to 10</source>
        <translation>Wie ist der Tag heute insgesamt, von 0 bis 10</translation>
    </message>
    <message>
        <source>How today is, a number from 0 to 10</source>
        <translation>Wie der Tag heute ist, eine Zahl von 0 bis 10</translation>
    </message>
    <message>
        <source>0 very hard</source>
        <translation>0 sehr schwer</translation>
    </message>
    <message>
        <source>10 very good</source>
        <translation>10 sehr gut</translation>
    </message>
    <message>
        <source>Urges today, from 0 to 10</source>
        <translation>Drang heute, von 0 bis 10</translation>
    </message>
    <message>
        <source>Urges today, a number from 0 to 10</source>
        <translation>Drang heute, eine Zahl von 0 bis 10</translation>
    </message>
    <message>
        <source>0 none</source>
        <translation>0 keiner</translation>
    </message>
    <message>
        <source>10 strongest</source>
        <translation>10 am stärksten</translation>
    </message>
    <message>
        <source>Another feeling, in my own words</source>
        <translation>Ein weiteres Gefühl, in meinen eigenen Worten</translation>
    </message>
    <message>
        <source>A line about today</source>
        <translation>Eine Zeile über heute</translation>
    </message>
    <message>
        <source>&amp;Save check-in</source>
        <translation>Check-in spei&amp;chern</translation>
    </message>
    <message>
        <source>Strong urges are hard, and they do pass. If it would help, you could:</source>
        <translation>Starker Drang ist schwer, und er geht vorbei. Wenn es dir hilft, könntest du:</translation>
    </message>
    <message>
        <source>Write about it in my journal</source>
        <translation>Darüber in meinem Tagebuch schreiben</translation>
    </message>
    <message>
        <source>Open help now</source>
        <translation>Hilfe jetzt öffnen</translation>
    </message>
    <message>
        <source>How is today, overall?</source>
        <translation>Wie ist der Tag heute insgesamt?</translation>
    </message>
    <message>
        <source>Urges today</source>
        <translation>Drang heute</translation>
    </message>
    <message>
        <source>0 means none, and that is fine to say too. You can also leave it out.</source>
        <translation>0 heißt keiner, und auch das ist gut zu sagen. Du kannst es auch weglassen.</translation>
    </message>
    <message>
        <source>Feelings today</source>
        <translation>Gefühle heute</translation>
    </message>
    <message>
        <source>What I did that helped</source>
        <translation>Was ich getan habe, das geholfen hat</translation>
    </message>
    <message>
        <source>Looking after myself</source>
        <translation>Für mich sorgen</translation>
    </message>
    <message>
        <source>This day has a check-in already. Saving puts the answers on this page in its place.</source>
        <translation>Dieser Tag hat schon einen Check-in. Beim Speichern treten die Antworten auf dieser Seite an seine Stelle.</translation>
    </message>
    <message>
        <source>This could not be saved. %1 Your answers are still here.</source>
        <translation>Das konnte nicht gespeichert werden. %1 Deine Antworten sind noch da.</translation>
    </message>
    <message>
        <source>Your check-in for today is saved. Thank you for taking this moment.</source>
        <translation>Dein Check-in für heute ist gespeichert. Danke, dass du dir diesen Moment genommen hast.</translation>
    </message>
    <message>
        <source>Your check-in for %1 is saved. Thank you for taking this moment.</source>
        <translation>Dein Check-in für %1 ist gespeichert. Danke, dass du dir diesen Moment genommen hast.</translation>
    </message>
</context>
<context>
    <name>mooring::ConfirmGroupPage</name>
    <message>
        <source>One quick check</source>
        <translation>Eine kurze Prüfung</translation>
    </message>
    <message>
        <source>The group from your recovery code</source>
        <translation>Die Gruppe aus deinem Wiederherstellungscode</translation>
    </message>
    <message>
        <source>&amp;Show the code again</source>
        <translation>Code noch einmal &amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>To be sure it is safely written down, please type &amp;group %1 of %2 from your copy.</source>
        <translation>Damit sicher ist, dass er gut aufgeschrieben ist: Bitte gib &amp;Gruppe %1 von %2 aus deiner Abschrift ein.</translation>
    </message>
    <message>
        <source>Please type group %1 from what you wrote down.</source>
        <translation>Bitte gib Gruppe %1 aus deiner Abschrift ein.</translation>
    </message>
    <message>
        <source>That isn&apos;t quite group %1. Please look again at what you wrote down; small slips happen easily.</source>
        <translation>Das ist noch nicht ganz Gruppe %1. Bitte sieh noch einmal in deine Abschrift; kleine Vertipper passieren leicht.</translation>
    </message>
</context>
<context>
    <name>mooring::Contact</name>
    <message>
        <source>Please give a name, even a short one.</source>
        <translation>Bitte gib einen Namen an, gern auch einen kurzen.</translation>
    </message>
    <message>
        <source>A name can be up to %1 characters long.</source>
        <translation>Ein Name kann bis zu %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A number can be up to %1 characters long.</source>
        <translation>Eine Nummer kann bis zu %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A note can be up to %1 characters long.</source>
        <translation>Eine Notiz kann bis zu %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>This has letters in it. That&apos;s fine if it&apos;s what you mean, like &quot;ask at reception&quot;; just check the number is right.</source>
        <translation>Hier stehen Buchstaben drin. Das ist in Ordnung, wenn du es so meinst, etwa „an der Anmeldung fragen“; prüf nur, ob die Nummer stimmt.</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Freund oder Freundin</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Fachperson</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Beratungsstelle</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>mooring::ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Change contact</source>
        <translation>Kontakt ändern</translation>
    </message>
    <message>
        <source>For example: best after 6 pm</source>
        <translation>Zum Beispiel: am besten nach 18 Uhr</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation>Wer das ist</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>mooring::ContactPicker</name>
    <message>
        <source>Choose a contact</source>
        <translation>Einen Kontakt wählen</translation>
    </message>
    <message>
        <source>Choose someone from your contacts, or add someone new.</source>
        <translation>Wähle jemanden aus deinen Kontakten oder füge jemand Neues hinzu.</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Neuer Kontakt…</translation>
    </message>
</context>
<context>
    <name>mooring::CrisisScreen</name>
    <message>
        <source>I need help now</source>
        <translation>Ich brauche jetzt Hilfe</translation>
    </message>
    <message>
        <source>Back  (Esc)</source>
        <translation>Zurück  (Esc)</translation>
    </message>
    <message>
        <source>Back: leave this screen</source>
        <translation>Zurück: diese Seite verlassen</translation>
    </message>
    <message>
        <source>You&apos;re not alone in this. Let&apos;s take it one step at a time.</source>
        <translation>Du bist damit nicht allein. Lass uns einen Schritt nach dem anderen gehen.</translation>
    </message>
    <message>
        <source>&amp;Breathe</source>
        <translation>&amp;Atmen</translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation>Atmen</translation>
    </message>
    <message>
        <source>&amp;Ground</source>
        <translation>&amp;Erden</translation>
    </message>
    <message>
        <source>Ground yourself: five, four, three, two, one</source>
        <translation>Erde dich: fünf, vier, drei, zwei, eins</translation>
    </message>
    <message>
        <source>&amp;Ride out the urge</source>
        <translation>Den &amp;Drang abwarten</translation>
    </message>
    <message>
        <source>Ride out the urge with a timer</source>
        <translation>Den Drang mit einem Timer abwarten</translation>
    </message>
    <message>
        <source>&amp;Talk to someone</source>
        <translation>Mit jemandem &amp;reden</translation>
    </message>
    <message>
        <source>Talk to someone now: helplines</source>
        <translation>Jetzt mit jemandem reden: Hilfetelefone</translation>
    </message>
    <message>
        <source>Try &amp;something</source>
        <translation>Etwas aus&amp;probieren</translation>
    </message>
    <message>
        <source>Try something: coping ideas</source>
        <translation>Etwas ausprobieren: Ideen, die helfen können</translation>
    </message>
    <message>
        <source>My &amp;plan, step by step</source>
        <translation>&amp;Mein Plan, Schritt für Schritt</translation>
    </message>
    <message>
        <source>My safety plan, one step at a time</source>
        <translation>Mein Sicherheitsplan, ein Schritt nach dem anderen</translation>
    </message>
    <message>
        <source>What &amp;keeps me going</source>
        <translation>Was mich &amp;trägt</translation>
    </message>
    <message>
        <source>What keeps me going: my photos and sounds</source>
        <translation>Was mich trägt: meine Fotos und Töne</translation>
    </message>
    <message>
        <source>Whatever you are feeling right now, it will change.</source>
        <translation>Was auch immer du gerade fühlst: Es wird sich verändern.</translation>
    </message>
    <message>
        <source>Choose one thing to try. You can switch at any time. If you are not sure, start with Breathe.</source>
        <translation>Such dir eine Sache aus. Du kannst jederzeit wechseln. Wenn du unsicher bist, fang mit „Atmen“ an.</translation>
    </message>
    <message>
        <source>If you are in danger, thinking about ending your life, or not sure you can keep yourself safe, call your local emergency number or a crisis line now.</source>
        <translation>Wenn du in Gefahr bist, daran denkst, dir das Leben zu nehmen, oder nicht sicher bist, ob du dich selbst schützen kannst, ruf jetzt den Notruf oder ein Krisentelefon an.</translation>
    </message>
    <message>
        <source>If you are in danger, thinking about ending your life, or not sure you can keep yourself safe, call %1 or a crisis line now.</source>
        <translation>Wenn du in Gefahr bist, daran denkst, dir das Leben zu nehmen, oder nicht sicher bist, ob du dich selbst schützen kannst, ruf jetzt %1 oder ein Krisentelefon an.</translation>
    </message>
    <message>
        <source>Mooring does not replace care from a doctor, a therapist or a crisis service. %1</source>
        <translation>Mooring ersetzt keine Hilfe durch Ärztinnen und Ärzte, Therapie oder einen Krisendienst. %1</translation>
    </message>
    <message>
        <source>Helplines are under &quot;Talk to someone&quot;.</source>
        <translation>Hilfetelefone findest du unter „Mit jemandem reden“.</translation>
    </message>
    <message>
        <source>Understand self-harm and recovery</source>
        <translation>Selbstverletzung und Genesung verstehen</translation>
    </message>
    <message>
        <source>Understand self-harm and recovery: short pages to read</source>
        <translation>Selbstverletzung und Genesung verstehen: kurze Seiten zum Lesen</translation>
    </message>
</context>
<context>
    <name>mooring::CsvExportDialog</name>
    <message>
        <source>I understand that anyone who opens this file can read it</source>
        <translation>Mir ist klar, dass alle, die diese Datei öffnen, sie lesen können</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Speicherort wählen…</translation>
    </message>
    <message>
        <source>Journal as a spreadsheet</source>
        <translation>Tagebuch als Tabelle</translation>
    </message>
    <message>
        <source>This saves your journal as a spreadsheet file (CSV): one row for each entry, to look at in a spreadsheet program. It cannot be imported back; to keep a copy of your profile, use Export instead.</source>
        <translation>Das speichert dein Tagebuch als Tabellendatei (CSV): eine Zeile für jeden Eintrag, zum Ansehen in einem Tabellenprogramm. Sie lässt sich nicht wieder importieren; für eine Kopie deines Profils nimm stattdessen Exportieren.</translation>
    </message>
    <message>
        <source>A spreadsheet file is not protected: anyone who opens it can read everything in it. Keep it somewhere only you can reach, and delete it when it is no longer needed.</source>
        <translation>Eine Tabellendatei ist nicht geschützt: Alle, die sie öffnen, können alles darin lesen. Bewahre sie dort auf, wo nur du hinkommst, und lösch sie, wenn du sie nicht mehr brauchst.</translation>
    </message>
    <message>
        <source>Save the journal as a spreadsheet</source>
        <translation>Das Tagebuch als Tabelle speichern</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Your journal is saved in %1.</source>
        <translation>Dein Tagebuch ist in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Saving your journal…</source>
        <translation>Dein Tagebuch wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>mooring::DiaryCard</name>
    <message>
        <source>&amp;Choose rows…</source>
        <translation>&amp;Zeilen wählen…</translation>
    </message>
    <message>
        <source>Choose the rows of the diary card</source>
        <translation>Die Zeilen der Tageskarte wählen</translation>
    </message>
    <message>
        <source>Diary card</source>
        <translation>Tageskarte</translation>
    </message>
    <message>
        <source>How today was</source>
        <translation>Wie der Tag war</translation>
    </message>
    <message>
        <source>Urges</source>
        <translation>Drang</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Gefühle</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Was geholfen hat</translation>
    </message>
    <message>
        <source>Hours of sleep</source>
        <translation>Stunden Schlaf</translation>
    </message>
    <message>
        <source>Ate regularly</source>
        <translation>Regelmäßig gegessen</translation>
    </message>
    <message>
        <source>Medication as prescribed</source>
        <translation>Medikamente wie verordnet</translation>
    </message>
    <message>
        <source>Moved my body</source>
        <translation>Mich bewegt</translation>
    </message>
</context>
<context>
    <name>mooring::EntryEditor</name>
    <message>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <source>Only the urge is needed. Everything else is up to you, and it stays private and encrypted on this computer.</source>
        <translation>Nötig ist nur der Drang. Alles andere entscheidest du, und es bleibt privat und verschlüsselt auf diesem Computer.</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Wann es war</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>How strong was the urge?</source>
        <translation>Wie stark war der Drang?</translation>
    </message>
    <message>
        <source>0 is no urge at all, 10 the strongest you know.</source>
        <translation>0 heißt gar kein Drang, 10 der stärkste, den du kennst.</translation>
    </message>
    <message>
        <source>What was happening</source>
        <translation>Was gerade los war</translation>
    </message>
    <message>
        <source>What was happening?</source>
        <translation>Was war gerade los?</translation>
    </message>
    <message>
        <source>Where you were, who was there, what had just happened.</source>
        <translation>Wo du warst, wer da war, was gerade passiert war.</translation>
    </message>
    <message>
        <source>What went through my mind</source>
        <translation>Was mir durch den Kopf ging</translation>
    </message>
    <message>
        <source>What went through my mind?</source>
        <translation>Was ging mir durch den Kopf?</translation>
    </message>
    <message>
        <source>What did I feel?</source>
        <translation>Was habe ich gefühlt?</translation>
    </message>
    <message>
        <source>Tick any that fit, or add your own.</source>
        <translation>Kreuz an, was passt, oder ergänze eigene Worte.</translation>
    </message>
    <message>
        <source>Something that set it off</source>
        <translation>Etwas, das es ausgelöst hat</translation>
    </message>
    <message>
        <source>What set it off?</source>
        <translation>Was hat es ausgelöst?</translation>
    </message>
    <message>
        <source>What did I try?</source>
        <translation>Was habe ich versucht?</translation>
    </message>
    <message>
        <source>Anything counts, even for a minute.</source>
        <translation>Alles zählt, auch wenn es nur für eine Minute war.</translation>
    </message>
    <message>
        <source>How did it end? (if you like)</source>
        <translation>Wie ist es ausgegangen? (wenn du magst)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Anything else, like what might help next time.</source>
        <translation>Alles andere, zum Beispiel was beim nächsten Mal helfen könnte.</translation>
    </message>
    <message>
        <source>&amp;Save entry</source>
        <translation>&amp;Eintrag speichern</translation>
    </message>
    <message>
        <source>Save entry (Ctrl+S)</source>
        <translation>Eintrag speichern (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Back without saving</source>
        <translation>&amp;Zurück ohne Speichern</translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation>Eintrag &amp;löschen</translation>
    </message>
    <message>
        <source>I&apos;d rather not say</source>
        <translation>Möchte ich lieber nicht sagen</translation>
    </message>
    <message>
        <source>Thank you for writing it down. A hard moment does not undo the progress you have made, and noticing what led up to it can help next time. If you are hurt or have swallowed something, please get medical help now, even if you feel okay. If you need care now, “I need help now” at the top has helplines.</source>
        <translation>Danke, dass du es aufgeschrieben hast. Ein schwerer Moment macht deine Fortschritte nicht zunichte, und zu sehen, was dazu geführt hat, kann beim nächsten Mal helfen. Wenn du verletzt bist oder etwas geschluckt hast, hol dir bitte jetzt medizinische Hilfe, auch wenn du dich gut fühlst. Wenn du jetzt Unterstützung brauchst: Oben unter „Ich brauche jetzt Hilfe“ findest du Hilfetelefone.</translation>
    </message>
    <message>
        <source>Your entry</source>
        <translation>Dein Eintrag</translation>
    </message>
    <message>
        <source>A few words each, like “argument” or “late at night”.</source>
        <translation>Jeweils ein paar Worte, etwa „Streit“ oder „spät in der Nacht“.</translation>
    </message>
</context>
<context>
    <name>mooring::ExchangeMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Report for my next session…</source>
        <translation>&amp;Bericht für meine nächste Sitzung…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Journal as a &amp;spreadsheet (CSV)…</source>
        <translation>&amp;Tagebuch als Tabelle (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Choose an export to import</source>
        <translation>Einen Export zum Importieren wählen</translation>
    </message>
    <message>
        <source>Mooring exports (*.mooring *.json);;All files (*)</source>
        <translation>Mooring-Exporte (*.mooring *.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>mooring::ExportDialog</name>
    <message>
        <source>My whole profile: plan, ideas, contacts, journal and week notes</source>
        <translation>Mein ganzes Profil: Plan, Ideen, Kontakte, Tagebuch und Wochennotizen</translation>
    </message>
    <message>
        <source>Only my safety plan, contacts, helplines and ideas (never the journal), for example for a therapist</source>
        <translation>Nur mein Sicherheitsplan, Kontakte, Hilfetelefone und Ideen (nie das Tagebuch), zum Beispiel für eine Therapeutin oder einen Therapeuten</translation>
    </message>
    <message>
        <source>Protect the file with an export passphrase (recommended)</source>
        <translation>Die Datei mit einer Export-Passphrase schützen (empfohlen)</translation>
    </message>
    <message>
        <source>Save a readable file without protection</source>
        <translation>Eine lesbare Datei ohne Schutz speichern</translation>
    </message>
    <message>
        <source>I understand that anyone who opens this file can read it</source>
        <translation>Mir ist klar, dass alle, die diese Datei öffnen, sie lesen können</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Speicherort wählen…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export passphrase</source>
        <translation>Export-Passphrase</translation>
    </message>
    <message>
        <source>A readable file is not protected: anyone who opens it can read everything in it. Keep it somewhere only you can reach, and delete it when it is no longer needed.</source>
        <translation>Eine lesbare Datei ist nicht geschützt: Alle, die sie öffnen, können alles darin lesen. Bewahre sie dort auf, wo nur du hinkommst, und lösch sie, wenn du sie nicht mehr brauchst.</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Was exportiert wird</translation>
    </message>
    <message>
        <source>How to keep it safe</source>
        <translation>Wie es geschützt wird</translation>
    </message>
    <message>
        <source>An export is a copy in one file, to move to another computer or to keep safe. Import reads it back.</source>
        <translation>Ein Export ist eine Kopie in einer einzigen Datei, um sie auf einen anderen Computer mitzunehmen oder sicher aufzubewahren. Mit „Importieren“ wird sie wieder eingelesen.</translation>
    </message>
    <message>
        <source>Save the export</source>
        <translation>Den Export speichern</translation>
    </message>
    <message>
        <source>Protected Mooring export (*.mooring)</source>
        <translation>Geschützter Mooring-Export (*.mooring)</translation>
    </message>
    <message>
        <source>Readable Mooring export (*.json)</source>
        <translation>Lesbarer Mooring-Export (*.json)</translation>
    </message>
    <message>
        <source>Preparing the protected file, this takes a moment…</source>
        <translation>Die geschützte Datei wird vorbereitet, das dauert einen Moment…</translation>
    </message>
    <message>
        <source>Your export is saved in %1.</source>
        <translation>Dein Export ist in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>mooring::FamilyList</name>
    <message>
        <source>Families of ideas</source>
        <translation>Gruppen von Ideen</translation>
    </message>
</context>
<context>
    <name>mooring::FavouriteIdeasPanel</name>
    <message>
        <source>My favourite ideas</source>
        <translation>Meine Lieblingsideen</translation>
    </message>
    <message numerus="yes">
        <source>%n more in your coping toolbox.</source>
        <translation>
            <numerusform>%n weitere in deinem Werkzeugkasten.</numerusform>
            <numerusform>%n weitere in deinem Werkzeugkasten.</numerusform>
        </translation>
    </message>
    <message>
        <source>What has helped you before</source>
        <translation>Was dir früher schon geholfen hat</translation>
    </message>
</context>
<context>
    <name>mooring::FeelingsField</name>
    <message>
        <source>Another feeling, in your own words (Enter adds it)</source>
        <translation>Ein weiteres Gefühl, in deinen eigenen Worten (Enter fügt es hinzu)</translation>
    </message>
    <message>
        <source>Add another feeling</source>
        <translation>Ein weiteres Gefühl hinzufügen</translation>
    </message>
</context>
<context>
    <name>mooring::GroundingPanel</name>
    <message>
        <source>Ground yourself: 5, 4, 3, 2, 1</source>
        <translation>Erde dich: 5, 4, 3, 2, 1</translation>
    </message>
    <message>
        <source>Your senses can bring you back to right here, right now. Take each step slowly.</source>
        <translation>Deine Sinne können dich ins Hier und Jetzt zurückholen. Nimm dir für jeden Schritt Zeit.</translation>
    </message>
    <message>
        <source>You can type them here if it helps. Nothing is kept.</source>
        <translation>Du kannst sie hier eintippen, wenn es dir hilft. Nichts davon wird gespeichert.</translation>
    </message>
    <message>
        <source>Optional: type what you notice. Nothing is kept.</source>
        <translation>Wenn du magst: Tipp ein, was du bemerkst. Nichts davon wird gespeichert.</translation>
    </message>
    <message>
        <source>Press Enter to go on.</source>
        <translation>Drück Enter, um weiterzumachen.</translation>
    </message>
    <message>
        <source>Back a step</source>
        <translation>Einen Schritt zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Well done. You brought yourself back to right here, right now. Notice your feet on the floor and one slow breath out.</source>
        <translation>Gut gemacht. Du hast dich ins Hier und Jetzt zurückgeholt. Spür deine Füße auf dem Boden und atme einmal langsam aus.</translation>
    </message>
    <message>
        <source>Go through it again</source>
        <translation>Noch einmal durchgehen</translation>
    </message>
    <message>
        <source>Go through the five steps again</source>
        <translation>Die fünf Schritte noch einmal durchgehen</translation>
    </message>
    <message>
        <source>Look around. Name five things you can see.</source>
        <translation>Sieh dich um. Nenne fünf Dinge, die du sehen kannst.</translation>
    </message>
    <message>
        <source>Big or small: a lamp, a colour, a shadow on the wall.</source>
        <translation>Groß oder klein: eine Lampe, eine Farbe, ein Schatten an der Wand.</translation>
    </message>
    <message>
        <source>Name four things you can touch.</source>
        <translation>Nenne vier Dinge, die du berühren kannst.</translation>
    </message>
    <message>
        <source>Feel them if you can: your sleeve, the chair, the floor under your feet.</source>
        <translation>Spür sie, wenn du kannst: deinen Ärmel, den Stuhl, den Boden unter deinen Füßen.</translation>
    </message>
    <message>
        <source>Listen. Name three things you can hear.</source>
        <translation>Hör hin. Nenne drei Dinge, die du hören kannst.</translation>
    </message>
    <message>
        <source>Near or far: a clock, a car outside, your own breathing.</source>
        <translation>Nah oder fern: eine Uhr, ein Auto draußen, deinen eigenen Atem.</translation>
    </message>
    <message>
        <source>Name two things you can smell.</source>
        <translation>Nenne zwei Dinge, die du riechen kannst.</translation>
    </message>
    <message>
        <source>If nothing comes, think of two smells you like.</source>
        <translation>Wenn dir nichts einfällt, denk an zwei Gerüche, die du magst.</translation>
    </message>
    <message>
        <source>Name one thing you can taste.</source>
        <translation>Nenne eine Sache, die du schmecken kannst.</translation>
    </message>
    <message>
        <source>Or one taste you like. Then take one slow breath out.</source>
        <translation>Oder einen Geschmack, den du magst. Dann atme einmal langsam aus.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>mooring::HelpNowButton</name>
    <message>
        <source>I need help now  (%1)</source>
        <translation>Ich brauche jetzt Hilfe  (%1)</translation>
    </message>
    <message>
        <source>I need help now</source>
        <translation>Ich brauche jetzt Hilfe</translation>
    </message>
    <message>
        <source>Opens breathing, grounding, an urge timer, helplines and coping ideas. Key: %1.</source>
        <translation>Öffnet Atmen, Erden, einen Timer für den Drang, Hilfetelefone und Ideen, die helfen können. Taste: %1.</translation>
    </message>
    <message>
        <source>Breathing, grounding, helplines and more, without unlocking. Key: %1</source>
        <translation>Atmen, Erden, Hilfetelefone und mehr, ohne Entsperren. Taste: %1</translation>
    </message>
</context>
<context>
    <name>mooring::IdeaOrOwnWords</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>An idea from your toolbox, or your own words</source>
        <translation>Eine Idee aus deinem Werkzeugkasten oder deine eigenen Worte</translation>
    </message>
    <message>
        <source>Show the ideas in my toolbox</source>
        <translation>Die Ideen in meinem Werkzeugkasten zeigen</translation>
    </message>
    <message>
        <source>An idea no longer in your toolbox</source>
        <translation>Eine Idee, die nicht mehr in deinem Werkzeugkasten ist</translation>
    </message>
</context>
<context>
    <name>mooring::HelpedField</name>
    <message>
        <source>Show my ideas</source>
        <translation>Meine Ideen zeigen</translation>
    </message>
    <message>
        <source>Something that helped today</source>
        <translation>Etwas, das heute geholfen hat</translation>
    </message>
    <message>
        <source>Type an idea from your toolbox or your own words, then press Enter to add it.</source>
        <translation>Tippe eine Idee aus deinem Werkzeugkasten oder deine eigenen Worte und drücke dann die Eingabetaste, um sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>Add what helped</source>
        <translation>Hinzufügen, was geholfen hat</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>mooring::HelplineCard</name>
    <message>
        <source>For children and young people</source>
        <translation>Für Kinder und Jugendliche</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>Anruf bei %1</translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation>Anrufen: %1</translation>
    </message>
    <message>
        <source>Text %1</source>
        <translation>SMS an %1</translation>
    </message>
    <message>
        <source>Text %1 to %2</source>
        <translation>„%1“ per SMS an %2</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>%1 ändern</translation>
    </message>
    <message>
        <source>Scan to call</source>
        <translation>Scannen zum Anrufen</translation>
    </message>
    <message>
        <source>Scan to text</source>
        <translation>Scannen für eine SMS</translation>
    </message>
</context>
<context>
    <name>mooring::HelplineEditDialog</name>
    <message>
        <source>Add a helpline</source>
        <translation>Ein Hilfetelefon hinzufügen</translation>
    </message>
    <message>
        <source>Change a helpline</source>
        <translation>Ein Hilfetelefon ändern</translation>
    </message>
    <message>
        <source>Add a number you trust: a local helpline, a service or your emergency number.</source>
        <translation>Füge eine Nummer hinzu, der du vertraust: ein Hilfetelefon in deiner Nähe, eine Beratungsstelle oder deine Notrufnummer.</translation>
    </message>
    <message>
        <source>Change what is shown. Built-in helplines can be put back as they were at any time.</source>
        <translation>Ändere, was angezeigt wird. Die mitgelieferten Hilfetelefone lassen sich jederzeit wiederherstellen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name of the helpline</source>
        <translation>Name des Hilfetelefons</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Nummer zum Anrufen</translation>
    </message>
    <message>
        <source>Number to text</source>
        <translation>Nummer für SMS</translation>
    </message>
    <message>
        <source>Word to send by text (if any)</source>
        <translation>Wort, das per SMS geschickt wird (falls nötig)</translation>
    </message>
    <message>
        <source>Word to send by text</source>
        <translation>Wort, das per SMS geschickt wird</translation>
    </message>
    <message>
        <source>When it answers</source>
        <translation>Wann jemand erreichbar ist</translation>
    </message>
    <message>
        <source>A short note</source>
        <translation>Eine kurze Notiz</translation>
    </message>
    <message>
        <source>A short note about it</source>
        <translation>Eine kurze Notiz dazu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save this helpline</source>
        <translation>Dieses Hilfetelefon speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel without changes</source>
        <translation>Ohne Änderungen abbrechen</translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation>Aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Remove this helpline from the list</source>
        <translation>Dieses Hilfetelefon aus der Liste entfernen</translation>
    </message>
    <message>
        <source>Please give it a name, so you know who you are calling.</source>
        <translation>Bitte gib einen Namen an, damit du weißt, wen du anrufst.</translation>
    </message>
    <message>
        <source>Please use digits, with spaces or dashes if you like, and a + in front if needed.</source>
        <translation>Bitte verwende Ziffern, gern mit Leerzeichen oder Bindestrichen, und bei Bedarf ein + vorne.</translation>
    </message>
    <message>
        <source>Please add a number to call or a number to text.</source>
        <translation>Bitte füge eine Nummer zum Anrufen oder für SMS hinzu.</translation>
    </message>
</context>
<context>
    <name>mooring::HelplinesPanel</name>
    <message>
        <source>Choose your country</source>
        <translation>Wähle dein Land</translation>
    </message>
    <message>
        <source>Add the helplines you find here, so they are ready when you need them.</source>
        <translation>Trag hier die Hilfetelefone ein, die du findest, damit sie da sind, wenn du sie brauchst.</translation>
    </message>
    <message>
        <source>Talk to someone now</source>
        <translation>Jetzt mit jemandem reden</translation>
    </message>
    <message>
        <source>You don&apos;t have to know what to say. The people on these lines are there to listen.</source>
        <translation>Du musst nicht wissen, was du sagen sollst. Die Menschen an diesen Telefonen sind da, um zuzuhören.</translation>
    </message>
    <message>
        <source>Where are you? This chooses which helplines to show.</source>
        <translation>Wo bist du? Davon hängt ab, welche Hilfetelefone erscheinen.</translation>
    </message>
    <message>
        <source>Show helplines for</source>
        <translation>Hilfetelefone zeigen für</translation>
    </message>
    <message>
        <source>Helplines for</source>
        <translation>Hilfetelefone für</translation>
    </message>
    <message>
        <source>Add your own helpline</source>
        <translation>Ein eigenes Hilfetelefon hinzufügen</translation>
    </message>
    <message>
        <source>Restore the built-in list</source>
        <translation>Mitgelieferte Liste wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the built-in helplines for this region</source>
        <translation>Die mitgelieferten Hilfetelefone für diese Region wiederherstellen</translation>
    </message>
    <message>
        <source>People you chose to show here</source>
        <translation>Menschen, die du hier zeigen möchtest</translation>
    </message>
    <message>
        <source>Removed. &quot;Restore the built-in list&quot; brings it back.</source>
        <translation>Entfernt. „Mitgelieferte Liste wiederherstellen“ holt es zurück.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Entfernt.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>The built-in helplines are back as they were. Your own are still here.</source>
        <translation>Die mitgelieferten Hilfetelefone sind wieder wie vorher. Deine eigenen sind weiterhin da.</translation>
    </message>
    <message>
        <source>Change the list…</source>
        <translation>Liste ändern …</translation>
    </message>
    <message>
        <source>Change or remove the helplines in this list</source>
        <translation>Die Hilfetelefone in dieser Liste ändern oder entfernen</translation>
    </message>
    <message>
        <source>Done changing</source>
        <translation>Fertig mit Ändern</translation>
    </message>
    <message>
        <source>Choose &quot;Change&quot; on the helpline you want to change or remove.</source>
        <translation>Wähle „Ändern“ bei dem Hilfetelefon, das du ändern oder entfernen möchtest.</translation>
    </message>
</context>
<context>
    <name>mooring::HistoryDialog</name>
    <message>
        <source>Saved versions</source>
        <translation>Gespeicherte Fassungen</translation>
    </message>
    <message>
        <source>Each time the plan is saved, a version is kept as it was. Choose one to see what changed since then.</source>
        <translation>Jedes Mal, wenn der Plan gespeichert wird, bleibt eine Fassung so erhalten, wie sie war. Wähle eine aus, um zu sehen, was sich seitdem geändert hat.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation>(keine Notiz)</translation>
    </message>
    <message>
        <source>What changed since this version</source>
        <translation>Was sich seit dieser Fassung geändert hat</translation>
    </message>
    <message>
        <source>Saved versions of your plan</source>
        <translation>Gespeicherte Fassungen deines Plans</translation>
    </message>
</context>
<context>
    <name>mooring::HomeScreen</name>
    <message>
        <source>Good to see you</source>
        <translation>Schön, dass du da bist</translation>
    </message>
    <message>
        <source>This is your space. Everything here stays on this computer, locked with your passphrase. Take whatever time you need.</source>
        <translation>Das ist dein Raum. Alles hier bleibt auf diesem Computer, geschützt mit deiner Passphrase. Nimm dir so viel Zeit, wie du brauchst.</translation>
    </message>
    <message>
        <source>Help for hard moments</source>
        <translation>Hilfe für schwere Momente</translation>
    </message>
    <message>
        <source>Breathing, grounding, an urge timer and helplines. F1 opens it from anywhere.</source>
        <translation>Atmen, Erden, ein Timer für den Drang und Hilfetelefone. F1 öffnet es von überall.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your passphrase, where you live, text size, colours and privacy.</source>
        <translation>Deine Passphrase, wo du lebst, Schriftgröße, Farben und Privatsphäre.</translation>
    </message>
    <message>
        <source>Mooring doesn&apos;t replace care from people. If you might be in danger, call your local emergency number, or use “I need help now” at the top for helplines.</source>
        <translation>Mooring ersetzt keine Hilfe durch Menschen. Wenn du in Gefahr sein könntest, ruf den Notruf an oder finde oben unter „Ich brauche jetzt Hilfe“ Hilfetelefone.</translation>
    </message>
</context>
<context>
    <name>mooring::ImportConflicts</name>
    <message>
        <source>the contact “%1”</source>
        <translation>der Kontakt „%1“</translation>
    </message>
    <message>
        <source>the idea “%1”</source>
        <translation>die Idee „%1“</translation>
    </message>
    <message>
        <source>the safety plan as saved on %1</source>
        <translation>der Sicherheitsplan, wie er am %1 gespeichert wurde</translation>
    </message>
    <message>
        <source>the journal entry of %1</source>
        <translation>der Tagebucheintrag vom %1</translation>
    </message>
    <message>
        <source>the note for the week of %1</source>
        <translation>die Notiz zur Woche vom %1</translation>
    </message>
    <message>
        <source>the setback reflection written on %1</source>
        <translation>der Rückblick auf einen Rückschlag vom %1</translation>
    </message>
    <message>
        <source>your words on “Where I am in recovery”</source>
        <translation>deine Worte zu „Wo ich auf meinem Weg stehe“</translation>
    </message>
    <message>
        <source>the check-in of %1</source>
        <translation>der Check-in vom %1</translation>
    </message>
</context>
<context>
    <name>mooring::ImportDialog</name>
    <message>
        <source>Open the file</source>
        <translation>Die Datei öffnen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Export passphrase</source>
        <translation>Export-Passphrase</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <source>This file is protected. Please type the export passphrase that was chosen when it was made (it may differ from your profile&apos;s passphrase).</source>
        <translation>Diese Datei ist geschützt. Bitte gib die Export-Passphrase ein, die beim Erstellen gewählt wurde (sie kann sich von der Passphrase deines Profils unterscheiden).</translation>
    </message>
    <message>
        <source>Export &amp;passphrase</source>
        <translation>Export-&amp;Passphrase</translation>
    </message>
    <message>
        <source>This file holds:</source>
        <translation>Diese Datei enthält:</translation>
    </message>
    <message>
        <source>Nothing has been written yet. “Import” adds what is new and updates what is older here; what is newer here stays as it is. A backup of how things are now is made first.</source>
        <translation>Es wurde noch nichts geschrieben. „Importieren“ fügt Neues hinzu und aktualisiert, was hier älter ist; was hier neuer ist, bleibt, wie es ist. Vorher wird eine Sicherung des jetzigen Stands erstellt.</translation>
    </message>
    <message>
        <source>Please type the export passphrase first.</source>
        <translation>Bitte gib zuerst die Export-Passphrase ein.</translation>
    </message>
    <message>
        <source>Looking at what the file holds. This takes a moment…</source>
        <translation>Mooring schaut nach, was die Datei enthält. Das dauert einen Moment…</translation>
    </message>
    <message>
        <source>Opening the file and looking at what it holds. This takes a moment…</source>
        <translation>Die Datei wird geöffnet, und Mooring schaut nach, was sie enthält. Das dauert einen Moment…</translation>
    </message>
    <message>
        <source>Importing: a backup first, then everything from the file at once. This takes a moment and is not stopped halfway, so all of it is written or none. Help (F1) stays open to you meanwhile.</source>
        <translation>Es wird importiert: zuerst eine Sicherung, dann alles aus der Datei auf einmal. Das dauert einen Moment und wird nicht mittendrin abgebrochen, so wird alles geschrieben oder nichts. Hilfe (F1) ist währenddessen für dich da.</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Es wurde nichts importiert. %1</translation>
    </message>
    <message>
        <source>The import is done.</source>
        <translation>Der Import ist fertig.</translation>
    </message>
</context>
<context>
    <name>mooring::ImportPreview</name>
    <message>
        <source>and %L1 more</source>
        <translation>und %L1 weitere</translation>
    </message>
    <message>
        <source>Changed at the same time here and in the file, but differently: %1. Mooring cannot tell which is newer, so it keeps what is here and leaves the file&apos;s version of these out.</source>
        <translation>Hier und in der Datei zur selben Zeit, aber unterschiedlich geändert: %1. Mooring kann nicht erkennen, was neuer ist, und behält deshalb, was hier ist; die Fassung aus der Datei wird dafür nicht übernommen.</translation>
    </message>
</context>
<context>
    <name>mooring::Importer</name>
    <message>
        <source>There is no file %1. Please check the name.</source>
        <translation>Es gibt keine Datei %1. Bitte prüf den Namen.</translation>
    </message>
    <message>
        <source>The file %1 is %L2 MB, far larger than any Mooring export, so it was not read. Nothing was changed.</source>
        <translation>Die Datei %1 ist %L2 MB groß, viel größer als jeder Mooring-Export, deshalb wurde sie nicht gelesen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The file %1 could not be read. Please check that you may open it.</source>
        <translation>Die Datei %1 konnte nicht gelesen werden. Bitte prüf, ob du sie öffnen darfst.</translation>
    </message>
    <message>
        <source>The file %1 is far larger than any Mooring export, so it was not read.</source>
        <translation>Die Datei %1 ist viel größer als jeder Mooring-Export, deshalb wurde sie nicht gelesen.</translation>
    </message>
    <message>
        <source>The file %1 could not be read to the end.</source>
        <translation>Die Datei %1 konnte nicht bis zum Ende gelesen werden.</translation>
    </message>
</context>
<context>
    <name>mooring::JournalEntry</name>
    <message>
        <source>Please give the day and time this happened.</source>
        <translation>Bitte gib den Tag und die Uhrzeit an, wann es war.</translation>
    </message>
    <message>
        <source>The time of this entry is more than a day from now. Please check the date.</source>
        <translation>Die Zeit dieses Eintrags liegt mehr als einen Tag in der Zukunft. Bitte prüf das Datum.</translation>
    </message>
    <message>
        <source>Please choose how strong the urge was, from 0 to 10. It is the only thing an entry needs.</source>
        <translation>Bitte wähle, wie stark der Drang war, von 0 bis 10. Mehr braucht ein Eintrag nicht.</translation>
    </message>
    <message>
        <source>How strong the urge was needs to be a number from 0 to 10 (it is %1 now).</source>
        <translation>Wie stark der Drang war, muss eine Zahl von 0 bis 10 sein (jetzt ist es %1).</translation>
    </message>
    <message>
        <source>What was happening</source>
        <translation>Was gerade los war</translation>
    </message>
    <message>
        <source>What went through my mind</source>
        <translation>Was mir durch den Kopf ging</translation>
    </message>
    <message>
        <source>What I felt</source>
        <translation>Was ich gefühlt habe</translation>
    </message>
    <message>
        <source>What set it off</source>
        <translation>Was es ausgelöst hat</translation>
    </message>
    <message>
        <source>What I tried</source>
        <translation>Was ich versucht habe</translation>
    </message>
    <message>
        <source>“How much did it help?” needs a number from 0 to 10 (it is %1 now).</source>
        <translation>„Wie sehr hat es geholfen?“ braucht eine Zahl von 0 bis 10 (jetzt ist es %1).</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>sad</source>
        <translation>traurig</translation>
    </message>
    <message>
        <source>lonely</source>
        <translation>einsam</translation>
    </message>
    <message>
        <source>angry</source>
        <translation>wütend</translation>
    </message>
    <message>
        <source>anxious</source>
        <translation>ängstlich</translation>
    </message>
    <message>
        <source>ashamed</source>
        <translation>beschämt</translation>
    </message>
    <message>
        <source>numb</source>
        <translation>wie betäubt</translation>
    </message>
    <message>
        <source>overwhelmed</source>
        <translation>überfordert</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>scared</source>
        <translation>verängstigt</translation>
    </message>
    <message>
        <source>guilty</source>
        <translation>schuldig</translation>
    </message>
    <message>
        <source>frustrated</source>
        <translation>frustriert</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>zurückgewiesen</translation>
    </message>
</context>
<context>
    <name>mooring::JournalFilterBar</name>
    <message>
        <source>&amp;Filters</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>From this day</source>
        <translation>Ab diesem Tag</translation>
    </message>
    <message>
        <source>Up to this day</source>
        <translation>Bis zu diesem Tag</translation>
    </message>
    <message>
        <source>Search your journal (Ctrl+F)</source>
        <translation>Dein Tagebuch durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Search your journal</source>
        <translation>Dein Tagebuch durchsuchen</translation>
    </message>
    <message>
        <source>Show or hide ways to narrow the list</source>
        <translation>Möglichkeiten zum Eingrenzen der Liste zeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Only entries with this trigger</source>
        <translation>Nur Einträge mit diesem Auslöser</translation>
    </message>
    <message>
        <source>Only entries with this feeling</source>
        <translation>Nur Einträge mit diesem Gefühl</translation>
    </message>
    <message>
        <source>Urge at least</source>
        <translation>Drang mindestens</translation>
    </message>
    <message>
        <source>Urge at most</source>
        <translation>Drang höchstens</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>Alle Filter &amp;entfernen</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation>Gefühl</translation>
    </message>
    <message>
        <source>Urge from</source>
        <translation>Drang von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>any trigger</source>
        <translation>jeder Auslöser</translation>
    </message>
    <message>
        <source>any feeling</source>
        <translation>jedes Gefühl</translation>
    </message>
</context>
<context>
    <name>mooring::JournalScreen</name>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Zurück</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation>Zurück zur Startseite</translation>
    </message>
    <message>
        <source>My journal</source>
        <translation>Mein Tagebuch</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Neuer Eintrag</translation>
    </message>
    <message>
        <source>New entry (Ctrl+N)</source>
        <translation>Neuer Eintrag (Strg+N)</translation>
    </message>
    <message>
        <source>The entry was deleted.</source>
        <translation>Der Eintrag wurde gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the delete</source>
        <translation>Das Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Strg+Z)</translation>
    </message>
    <message>
        <source>Journal entries, newest first</source>
        <translation>Tagebucheinträge, die neuesten zuerst</translation>
    </message>
    <message>
        <source>Another entry is not saved yet</source>
        <translation>Ein anderer Eintrag ist noch nicht gespeichert</translation>
    </message>
    <message>
        <source>You were writing another entry that is not saved yet. Leave it without saving and start this one?</source>
        <translation>Du hast gerade an einem anderen Eintrag geschrieben, der noch nicht gespeichert ist. Ihn ohne Speichern verlassen und diesen beginnen?</translation>
    </message>
    <message>
        <source>Leave this entry?</source>
        <translation>Diesen Eintrag verlassen?</translation>
    </message>
    <message>
        <source>What you wrote in this entry has not been saved. Leave it without saving?</source>
        <translation>Was du in diesen Eintrag geschrieben hast, ist noch nicht gespeichert. Ohne Speichern verlassen?</translation>
    </message>
    <message>
        <source>The entry is back.</source>
        <translation>Der Eintrag ist wieder da.</translation>
    </message>
    <message>
        <source>No entries match. Try fewer or shorter words, or clear the filters.</source>
        <translation>Keine Einträge passen. Versuch es mit weniger oder kürzeren Wörtern oder entferne die Filter.</translation>
    </message>
    <message>
        <source>Nothing written yet. When an urge comes, or after one has passed, “New entry” is a quiet place to note what happened. Only the urge is needed.</source>
        <translation>Noch nichts geschrieben. Wenn der Drang kommt oder nachdem er vorbeigegangen ist, ist „Neuer Eintrag“ ein ruhiger Ort, um festzuhalten, was passiert ist. Nötig ist nur der Drang.</translation>
    </message>
    <message numerus="yes">
        <source>Rode out the urge with the timer, %n minutes</source>
        <translation>
            <numerusform>Den Drang mit dem Timer abgewartet, %n Minute</numerusform>
            <numerusform>Den Drang mit dem Timer abgewartet, %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Your entry is not saved yet</source>
        <translation>Dein Eintrag ist noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Mooring is about to lock. Would you like to save the entry you were writing into your journal first? It is kept encrypted, like everything in Mooring. If you discard it, it is not kept anywhere.</source>
        <translation>Mooring sperrt sich gleich. Möchtest du den Eintrag, an dem du geschrieben hast, vorher in deinem Tagebuch speichern? Er wird verschlüsselt aufbewahrt, wie alles in Mooring. Wenn du ihn verwirfst, wird er nirgends aufbewahrt.</translation>
    </message>
    <message>
        <source>An entry you were writing</source>
        <translation>Ein Eintrag, an dem du geschrieben hast</translation>
    </message>
    <message>
        <source>When Mooring locked, you were in the middle of a journal entry. It was kept safe and encrypted. Would you like to go on with it? If you discard it, it is not kept anywhere.</source>
        <translation>Als Mooring sich gesperrt hat, warst du mitten in einem Tagebucheintrag. Er wurde sicher und verschlüsselt aufbewahrt. Möchtest du daran weiterschreiben? Wenn du ihn verwirfst, wird er nirgends aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>mooring::JournalStore</name>
    <message>
        <source>This year already holds %1 entries, the most one year can keep. Please check the date.</source>
        <translation>Dieses Jahr enthält schon %1 Einträge, mehr passen in ein Jahr nicht. Bitte prüf das Datum.</translation>
    </message>
    <message>
        <source>This entry has no id or no saved time.</source>
        <translation>Dieser Eintrag hat keine ID oder keine gespeicherte Zeit.</translation>
    </message>
</context>
<context>
    <name>mooring::KeepsGoingPanel</name>
    <message>
        <source>What keeps me going</source>
        <translation>Was mich trägt</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriges</translation>
    </message>
    <message>
        <source>Previous photo or sound</source>
        <translation>Vorheriges Foto oder vorheriger Ton</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächstes</translation>
    </message>
    <message>
        <source>Next photo or sound</source>
        <translation>Nächstes Foto oder nächster Ton</translation>
    </message>
    <message>
        <source>The arrow keys move between them. P plays or stops a voice note or a sound.</source>
        <translation>Mit den Pfeiltasten gehst du von einem zum anderen. P spielt eine Sprachnachricht oder einen Ton ab oder stoppt ihn.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>mooring::LanguageChooser</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation>Wie auf diesem Computer</translation>
    </message>
    <message>
        <source>A new language is used from the next time Mooring starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Mooring.</translation>
    </message>
</context>
<context>
    <name>mooring::LibraryScreen</name>
    <message>
        <source>Understand self-harm and recovery</source>
        <translation>Selbstverletzung und Genesung verstehen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back: leave the library</source>
        <translation>Zurück: die Bibliothek verlassen</translation>
    </message>
    <message>
        <source>Short pages in plain words, for you and for the people around you. Nothing here is about you personally, so you can read it at any time, even before unlocking.</source>
        <translation>Kurze Seiten in einfachen Worten, für dich und die Menschen um dich herum. Nichts hier handelt von dir persönlich, deshalb kannst du es jederzeit lesen, auch vor dem Entsperren.</translation>
    </message>
    <message>
        <source>&amp;Search the pages</source>
        <translation>Die Seiten durch&amp;suchen</translation>
    </message>
    <message>
        <source>Search the pages</source>
        <translation>Die Seiten durchsuchen</translation>
    </message>
    <message>
        <source>For example: urge, therapy, friends</source>
        <translation>Zum Beispiel: Drang, Therapie, Freunde</translation>
    </message>
    <message>
        <source>No page has all of those words. Try fewer words, or another word for the same thing.</source>
        <translation>Keine Seite enthält alle diese Wörter. Versuch es mit weniger Wörtern oder einem anderen Wort für dasselbe.</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Zurück zur Liste</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Where to get help now</source>
        <translation>Wo du jetzt Hilfe bekommst</translation>
    </message>
    <message>
        <source>If you need help right now, open %1 (press %2) at the top of Mooring. It has breathing, grounding, an urge timer and helplines, and it works even before you unlock.</source>
        <translation>Wenn du gerade jetzt Hilfe brauchst, öffne oben in Mooring %1 (Taste %2). Dort gibt es Atmen, Erden, einen Timer für den Drang und Hilfetelefone, auch schon vor dem Entsperren.</translation>
    </message>
    <message>
        <source>“I need help now”</source>
        <translation>„Ich brauche jetzt Hilfe“</translation>
    </message>
    <message>
        <source>If you are in danger, thinking about ending your life, or not sure you can keep yourself safe, call your local emergency number or a crisis line now.</source>
        <translation>Wenn du in Gefahr bist, daran denkst, dir das Leben zu nehmen, oder nicht sicher bist, ob du dich selbst schützen kannst, ruf jetzt den Notruf oder ein Krisentelefon an.</translation>
    </message>
    <message>
        <source>If you are in danger, thinking about ending your life, or not sure you can keep yourself safe, call %1 or a crisis line now.</source>
        <translation>Wenn du in Gefahr bist, daran denkst, dir das Leben zu nehmen, oder nicht sicher bist, ob du dich selbst schützen kannst, ruf jetzt %1 oder ein Krisentelefon an.</translation>
    </message>
    <message>
        <source>call %1 or text %2</source>
        <translation>Anruf bei %1 oder SMS an %2</translation>
    </message>
    <message>
        <source>call or text %1</source>
        <translation>Anruf oder SMS an %1</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>Anruf bei %1</translation>
    </message>
    <message>
        <source>text %1</source>
        <translation>SMS an %1</translation>
    </message>
    <message>
        <source>text %1 to %2</source>
        <translation>„%1“ per SMS an %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Helplines where you live:</source>
        <translation>Hilfetelefone dort, wo du lebst:</translation>
    </message>
    <message>
        <source>The PDF could not be written there. Please try another folder, or check that there is space.</source>
        <translation>Die PDF-Datei konnte dort nicht geschrieben werden. Bitte versuch einen anderen Ordner oder prüf, ob genug Platz da ist.</translation>
    </message>
    <message>
        <source>The page was saved as a PDF.</source>
        <translation>Die Seite wurde als PDF gespeichert.</translation>
    </message>
    <message>
        <source>Save this page as a PDF</source>
        <translation>Diese Seite als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>The page you are reading</source>
        <translation>Die Seite, die du gerade liest</translation>
    </message>
</context>
<context>
    <name>mooring::LockScreenContactsEditor</name>
    <message>
        <source>Add to the lock screen</source>
        <translation>Zum Sperrbildschirm hinzufügen</translation>
    </message>
    <message>
        <source>Take off the lock screen</source>
        <translation>Vom Sperrbildschirm nehmen</translation>
    </message>
    <message>
        <source>People on the lock screen</source>
        <translation>Menschen auf dem Sperrbildschirm</translation>
    </message>
    <message>
        <source>You can show one or more people you trust on &quot;I need help now&quot; before Mooring is unlocked. Only add someone if you are comfortable with that: these names and numbers are kept unencrypted in the settings file, and anyone at this computer can see them.</source>
        <translation>Du kannst eine oder mehrere Vertrauenspersonen unter „Ich brauche jetzt Hilfe“ zeigen, schon bevor Mooring entsperrt ist. Füge nur jemanden hinzu, wenn das für dich in Ordnung ist: Diese Namen und Nummern stehen unverschlüsselt in der Einstellungsdatei, und alle an diesem Computer können sie sehen.</translation>
    </message>
    <message>
        <source>Name, like Sam</source>
        <translation>Name, etwa Sam</translation>
    </message>
    <message>
        <source>Name of someone to show on the lock screen</source>
        <translation>Name einer Person, die auf dem Sperrbildschirm erscheinen soll</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Their phone number</source>
        <translation>Telefonnummer dieser Person</translation>
    </message>
    <message>
        <source>Add this person to the lock screen</source>
        <translation>Diese Person zum Sperrbildschirm hinzufügen</translation>
    </message>
    <message>
        <source>People shown on the lock screen</source>
        <translation>Menschen, die auf dem Sperrbildschirm erscheinen</translation>
    </message>
    <message>
        <source>Take the chosen person off the lock screen</source>
        <translation>Die ausgewählte Person vom Sperrbildschirm nehmen</translation>
    </message>
    <message>
        <source>Please write both a name and a number.</source>
        <translation>Bitte gib einen Namen und eine Nummer an.</translation>
    </message>
    <message>
        <source>The lock screen shows up to %1 people, so it stays calm. Take someone off first.</source>
        <translation>Der Sperrbildschirm zeigt höchstens %1 Menschen, damit er ruhig bleibt. Nimm zuerst jemanden vom Sperrbildschirm.</translation>
    </message>
    <message>
        <source>%1 is already on the lock screen.</source>
        <translation>%1 ist schon auf dem Sperrbildschirm.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>mooring::MainWindow</name>
    <message>
        <source>Lock now</source>
        <translation>Jetzt sperren</translation>
    </message>
    <message>
        <source>&amp;Lock now  (%1)</source>
        <translation>&amp;Jetzt sperren  (%1)</translation>
    </message>
    <message>
        <source>Lock now (%1)</source>
        <translation>Jetzt sperren (%1)</translation>
    </message>
    <message>
        <source>Closes everything until your passphrase is typed again</source>
        <translation>Schließt alles, bis deine Passphrase wieder eingegeben wird</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Mooring</source>
        <translation>Mooring</translation>
    </message>
    <message>
        <source>%1 locks and hides Mooring at once.</source>
        <translation>%1 sperrt und versteckt Mooring sofort.</translation>
    </message>
    <message>
        <source>Sample profile — nothing here is real, and it is deleted when you close Mooring</source>
        <translation>Beispielprofil – nichts hier ist echt, und es wird gelöscht, wenn du Mooring schließt</translation>
    </message>
</context>
<context>
    <name>mooring::MediaIntake</name>
    <message>
        <source>Mooring could not open this file. It may have been moved, or it may not be yours to read.</source>
        <translation>Mooring konnte diese Datei nicht öffnen. Vielleicht wurde sie verschoben, oder du darfst sie nicht lesen.</translation>
    </message>
    <message>
        <source>This picture file is too large to keep (over 40 MB). A smaller copy of it will do.</source>
        <translation>Diese Bilddatei ist zu groß zum Aufbewahren (über 40 MB). Eine kleinere Kopie davon reicht.</translation>
    </message>
    <message>
        <source>Mooring could not read this file to the end. Trying again may work.</source>
        <translation>Mooring konnte diese Datei nicht bis zum Ende lesen. Ein neuer Versuch kann klappen.</translation>
    </message>
    <message>
        <source>Getting your photo ready…</source>
        <translation>Dein Foto wird vorbereitet…</translation>
    </message>
    <message>
        <source>Getting your sound ready…</source>
        <translation>Dein Ton wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>mooring::MediaShelf</name>
    <message>
        <source>Place and camera details are taken out of every photo before it is kept.</source>
        <translation>Ort und Kameraangaben werden aus jedem Foto entfernt, bevor es aufbewahrt wird.</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Wird bearbeitet</translation>
    </message>
    <message>
        <source>Nothing here yet. A photo of someone or somewhere that matters to you, a voice that calms you, or a song that carries you can be kept here.</source>
        <translation>Noch ist hier nichts. Ein Foto von einem Menschen oder Ort, der dir wichtig ist, eine Stimme, die dich beruhigt, oder ein Lied, das dich trägt, kann hier bleiben.</translation>
    </message>
    <message>
        <source>Photos and sounds</source>
        <translation>Fotos und Töne</translation>
    </message>
    <message>
        <source>Add a &amp;photo…</source>
        <translation>&amp;Foto hinzufügen…</translation>
    </message>
    <message>
        <source>Add a photo</source>
        <translation>Foto hinzufügen</translation>
    </message>
    <message>
        <source>A JPEG or PNG picture. You can also drop one here.</source>
        <translation>Ein JPEG- oder PNG-Bild. Du kannst es auch hierher ziehen.</translation>
    </message>
    <message>
        <source>Add a so&amp;und file…</source>
        <translation>Tondatei hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Add a sound file</source>
        <translation>Tondatei hinzufügen</translation>
    </message>
    <message>
        <source>An Opus or WAV sound file, up to 25 MB.</source>
        <translation>Eine Opus- oder WAV-Tondatei, bis zu 25 MB.</translation>
    </message>
    <message>
        <source>&amp;Record a voice note…</source>
        <translation>Sprachnachricht &amp;aufnehmen…</translation>
    </message>
    <message>
        <source>Record a voice note</source>
        <translation>Sprachnachricht aufnehmen</translation>
    </message>
    <message>
        <source>C&amp;aption…</source>
        <translation>Besch&amp;riftung…</translation>
    </message>
    <message>
        <source>Change the caption</source>
        <translation>Beschriftung ändern</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Tur&amp;n</source>
        <translation>Dreh&amp;en</translation>
    </message>
    <message>
        <source>Turn the photo clockwise</source>
        <translation>Foto im Uhrzeigersinn drehen</translation>
    </message>
    <message>
        <source>P&amp;lay</source>
        <translation>Abspie&amp;len</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Entfer&amp;nen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>Put &amp;back</source>
        <translation>Zurück&amp;holen</translation>
    </message>
    <message>
        <source>Put back what was removed</source>
        <translation>Zurückholen, was entfernt wurde</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Strg+Z</translation>
    </message>
    <message>
        <source>Photos and sounds of what matters to me</source>
        <translation>Fotos und Töne von dem, was mir wichtig ist</translation>
    </message>
    <message>
        <source>Photos and sounds kept with this idea</source>
        <translation>Fotos und Töne zu dieser Idee</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>St&amp;opp</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <source>Sound files (*.opus *.ogg *.wav *.OPUS *.OGG *.WAV);;All files (*)</source>
        <translation>Tondateien (*.opus *.ogg *.wav *.OPUS *.OGG *.WAV);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The photo is kept.</source>
        <translation>Das Foto ist aufbewahrt.</translation>
    </message>
    <message>
        <source>Your voice note is kept.</source>
        <translation>Deine Sprachnachricht ist aufbewahrt.</translation>
    </message>
    <message>
        <source>The sound is kept.</source>
        <translation>Der Ton ist aufbewahrt.</translation>
    </message>
    <message>
        <source>Tur&amp;n clockwise</source>
        <translation>Im Uhrzeigersinn dreh&amp;en</translation>
    </message>
    <message>
        <source>One file at a time, please: the first one is being added.</source>
        <translation>Bitte eine Datei nach der anderen: Die erste wird hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>mooring::MediaShelfModel</name>
    <message>
        <source>Photo without a caption, added %1</source>
        <translation>Foto ohne Beschriftung, hinzugefügt am %1</translation>
    </message>
    <message>
        <source>Voice note without a caption, added %1</source>
        <translation>Sprachnachricht ohne Beschriftung, hinzugefügt am %1</translation>
    </message>
    <message>
        <source>Voice note: %1</source>
        <translation>Sprachnachricht: %1</translation>
    </message>
    <message>
        <source>Sound without a caption, added %1</source>
        <translation>Ton ohne Beschriftung, hinzugefügt am %1</translation>
    </message>
    <message>
        <source>Sound: %1</source>
        <translation>Ton: %1</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Hinzugefügt am %1</translation>
    </message>
</context>
<context>
    <name>mooring::MediumActions</name>
    <message>
        <source>Caption saved.</source>
        <translation>Beschriftung gespeichert.</translation>
    </message>
    <message>
        <source>Turned clockwise.</source>
        <translation>Im Uhrzeigersinn gedreht.</translation>
    </message>
    <message>
        <source>Removed “%1”. Ctrl+Z or “Put back” brings it back.</source>
        <translation>„%1“ entfernt. Strg+Z oder „Zurückholen“ holt es zurück.</translation>
    </message>
    <message>
        <source>Put back.</source>
        <translation>Zurückgeholt.</translation>
    </message>
</context>
<context>
    <name>mooring::MessageBanner</name>
    <message>
        <source>Something unexpected got in the way. Please try again; if it keeps happening, restarting Mooring usually helps.</source>
        <translation>Etwas Unerwartetes ist dazwischengekommen. Bitte versuch es noch einmal; wenn es immer wieder passiert, hilft meist ein Neustart von Mooring.</translation>
    </message>
</context>
<context>
    <name>mooring::NewPassphraseForm</name>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>T&amp;ype it again</source>
        <translation>Noch &amp;einmal eingeben</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Die Passphrase noch einmal eingeben</translation>
    </message>
    <message>
        <source>Please choose a passphrase first.</source>
        <translation>Bitte wähle zuerst eine Passphrase.</translation>
    </message>
    <message>
        <source>Please use at least %1 characters. A short sentence that means something to you is easy to remember.</source>
        <translation>Bitte verwende mindestens %1 Zeichen. Ein kurzer Satz, der dir etwas bedeutet, ist leicht zu merken.</translation>
    </message>
    <message>
        <source>The two don&apos;t match yet. Please type it again in the second field.</source>
        <translation>Die beiden stimmen noch nicht überein. Bitte gib sie im zweiten Feld noch einmal ein.</translation>
    </message>
</context>
<context>
    <name>mooring::NewRecoveryCodeDialog</name>
    <message>
        <source>&amp;Make the new code</source>
        <translation>Neuen Code &amp;machen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>A new recovery code</source>
        <translation>Ein neuer Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>Einen neuen Wiederherstellungscode machen</translation>
    </message>
    <message>
        <source>This is for when your recovery code is lost, or someone else may have seen it. The new code replaces the old one: the old code stops working straight away, and the new one is shown only once, so please have paper and a pen ready, or a printer.</source>
        <translation>Das ist für den Fall, dass dein Wiederherstellungscode verloren ist oder jemand anderes ihn gesehen haben könnte. Der neue Code ersetzt den alten: Der alte funktioniert sofort nicht mehr, und der neue wird nur einmal angezeigt. Leg dir also bitte Papier und Stift bereit, oder einen Drucker.</translation>
    </message>
    <message>
        <source>To be sure it&apos;s you, please type your &amp;current passphrase.</source>
        <translation>Damit wir sicher sind, dass du es bist, gib bitte deine &amp;aktuelle Passphrase ein.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>Replaces your recovery code; the old one stops working</source>
        <translation>Ersetzt deinen Wiederherstellungscode; der alte funktioniert dann nicht mehr</translation>
    </message>
    <message>
        <source>Close without checking?</source>
        <translation>Schließen, ohne nachzuprüfen?</translation>
    </message>
    <message>
        <source>Your new recovery code is already in use, and the old one no longer works. If it isn&apos;t written down yet, please stay and do that first. (You can always make another new code here with your passphrase.)</source>
        <translation>Dein neuer Wiederherstellungscode gilt schon, und der alte funktioniert nicht mehr. Falls du ihn noch nicht aufgeschrieben hast, bleib bitte hier und mach das zuerst. (Mit deiner Passphrase kannst du hier jederzeit wieder einen neuen Code machen.)</translation>
    </message>
    <message>
        <source>Making the new code…</source>
        <translation>Der neue Code wird gemacht…</translation>
    </message>
    <message>
        <source>Please type your current passphrase first.</source>
        <translation>Bitte gib zuerst deine aktuelle Passphrase ein.</translation>
    </message>
    <message>
        <source>%1 Your recovery code has not changed: the one you have still works.</source>
        <translation>%1 Dein Wiederherstellungscode ist unverändert: Der, den du hast, funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>Some backups were not updated</source>
        <translation>Einige Sicherungen wurden nicht angepasst</translation>
    </message>
</context>
<context>
    <name>mooring::NumberActions</name>
    <message>
        <source>Copy number</source>
        <translation>Nummer kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy the number of %1</source>
        <translation>Die Nummer von %1 kopieren</translation>
    </message>
    <message>
        <source>Copy the number of %1, %2</source>
        <translation>Die Nummer von %1 kopieren, %2</translation>
    </message>
    <message>
        <source>Puts the number on the clipboard, so you can paste it on your phone.</source>
        <translation>Legt die Nummer in die Zwischenablage, damit du sie auf deinem Handy einfügen kannst.</translation>
    </message>
    <message>
        <source>Code for your phone</source>
        <translation>Code für dein Handy</translation>
    </message>
    <message>
        <source>Show a code your phone can scan for %1</source>
        <translation>Einen Code für %1 zeigen, den dein Handy scannen kann</translation>
    </message>
    <message>
        <source>Hide the code</source>
        <translation>Den Code ausblenden</translation>
    </message>
    <message>
        <source>Copied %1. You can paste it on your phone.</source>
        <translation>%1 kopiert. Du kannst die Nummer auf deinem Handy einfügen.</translation>
    </message>
</context>
<context>
    <name>mooring::PhotoView</name>
    <message>
        <source>Photo without a caption</source>
        <translation>Foto ohne Beschriftung</translation>
    </message>
    <message>
        <source>This photo cannot be shown.</source>
        <translation>Dieses Foto kann nicht angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>mooring::PickOneCard</name>
    <message>
        <source>Something to try, from %1:</source>
        <translation>Etwas zum Ausprobieren, aus „%1“:</translation>
    </message>
    <message>
        <source>There is nothing to pick from %1 yet. Ctrl+N adds an idea of your own.</source>
        <translation>In „%1“ gibt es noch nichts zum Aussuchen. Mit Strg+N fügst du eine eigene Idee hinzu.</translation>
    </message>
</context>
<context>
    <name>mooring::PlanAndPeople</name>
    <message>
        <source>Go through my safety plan, step by step</source>
        <translation>Meinen Sicherheitsplan Schritt für Schritt durchgehen</translation>
    </message>
    <message>
        <source>Make my safety plan</source>
        <translation>Meinen Sicherheitsplan erstellen</translation>
    </message>
    <message>
        <source>You have not saved any contacts yet. You can add people you trust in your safety plan.</source>
        <translation>Du hast noch keine Kontakte gespeichert. In deinem Sicherheitsplan kannst du Menschen hinzufügen, denen du vertraust.</translation>
    </message>
    <message>
        <source>People you can reach out to:</source>
        <translation>Menschen, bei denen du dich melden kannst:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>mooring::PlanDiffView</name>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>From the version of</source>
        <translation>Von der Fassung vom</translation>
    </message>
    <message>
        <source>To the version of</source>
        <translation>Bis zur Fassung vom</translation>
    </message>
    <message>
        <source>There are no saved versions yet. Save the plan once, and changes from then on can be seen here.</source>
        <translation>Es gibt noch keine gespeicherten Fassungen. Speichere den Plan einmal, dann siehst du hier alle Änderungen ab diesem Zeitpunkt.</translation>
    </message>
    <message>
        <source>These are the same version, so nothing changed.</source>
        <translation>Das ist dieselbe Fassung, also hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Keine Änderungen</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Entfernt: %1</translation>
    </message>
    <message>
        <source>Reworded: %1 → %2</source>
        <translation>Umformuliert: %1 → %2</translation>
    </message>
    <message>
        <source>Nothing changed between these versions.</source>
        <translation>Zwischen diesen Fassungen hat sich nichts geändert.</translation>
    </message>
</context>
<context>
    <name>mooring::PlanEditor</name>
    <message>
        <source>My safety plan</source>
        <translation>Mein Sicherheitsplan</translation>
    </message>
    <message>
        <source>Sections of the plan</source>
        <translation>Abschnitte des Plans</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Fassungen</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Show large</source>
        <translation>Groß zeigen</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <source>Save the plan as a PDF</source>
        <translation>Den Plan als PDF speichern</translation>
    </message>
    <message>
        <source>My safety plan.pdf</source>
        <translation>Mein Sicherheitsplan.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Last saved %1</source>
        <translation>Zuletzt gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved yet. Take your time: you can fill in as much or as little as you like.</source>
        <translation>Noch nicht gespeichert. Lass dir Zeit: Du kannst so viel oder so wenig ausfüllen, wie du magst.</translation>
    </message>
    <message>
        <source>changes not saved yet</source>
        <translation>Änderungen noch nicht gespeichert</translation>
    </message>
    <message>
        <source>The plan could not be saved. %1 Everything you wrote is still here.</source>
        <translation>Der Plan konnte nicht gespeichert werden. %1 Alles, was du geschrieben hast, ist noch da.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Some changes to your plan are not saved yet. Would you like to save them?</source>
        <translation>Einige Änderungen an deinem Plan sind noch nicht gespeichert. Möchtest du sie speichern?</translation>
    </message>
    <message>
        <source>The plan was saved as a PDF.</source>
        <translation>Der Plan wurde als PDF gespeichert.</translation>
    </message>
    <message>
        <source>Some suggestions were added below what you had. Nothing is saved yet: keep what fits, remove what does not, then save your plan.</source>
        <translation>Unter dem, was schon da war, stehen jetzt ein paar Vorschläge. Noch ist nichts gespeichert: Behalte, was passt, entferne, was nicht passt, und speichere dann deinen Plan.</translation>
    </message>
</context>
<context>
    <name>mooring::PlanStepsPanel</name>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Previous step of my plan</source>
        <translation>Vorheriger Schritt meines Plans</translation>
    </message>
    <message>
        <source>Next step of my plan</source>
        <translation>Nächster Schritt meines Plans</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mein Plan</translation>
    </message>
    <message>
        <source>There is no saved plan yet. When you make one, its steps will be here.</source>
        <translation>Es gibt noch keinen gespeicherten Plan. Wenn du einen erstellst, stehen seine Schritte hier.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Nothing written here yet. You can go on to the next step.</source>
        <translation>Hier steht noch nichts. Du kannst zum nächsten Schritt weitergehen.</translation>
    </message>
    <message>
        <source>Scan to call</source>
        <translation>Scannen zum Anrufen</translation>
    </message>
    <message>
        <source>Scan to text</source>
        <translation>Scannen für eine SMS</translation>
    </message>
    <message>
        <source>call %1</source>
        <translation>Anruf bei %1</translation>
    </message>
    <message>
        <source>text %1</source>
        <translation>SMS an %1</translation>
    </message>
</context>
<context>
    <name>mooring::PresentationView</name>
    <message>
        <source>My safety plan</source>
        <translation>Mein Sicherheitsplan</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Zurück zum Bearbeiten</translation>
    </message>
    <message>
        <source>Arrow keys move between sections. Ctrl and + or - changes the size.</source>
        <translation>Mit den Pfeiltasten wechselst du zwischen den Abschnitten. Strg und + oder - ändert die Größe.</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Nothing written here yet.</source>
        <translation>Hier steht noch nichts.</translation>
    </message>
</context>
<context>
    <name>mooring::PrintChoicesDialog</name>
    <message>
        <source>Print or save this week</source>
        <translation>Diese Woche drucken oder speichern</translation>
    </message>
    <message>
        <source>What would you like to include?</source>
        <translation>Was soll mit drauf?</translation>
    </message>
    <message>
        <source>You decide what goes on paper. Your own words about each moment stay out unless you tick them.</source>
        <translation>Du entscheidest, was aufs Papier kommt. Deine eigenen Worte zu den einzelnen Momenten bleiben draußen, außer du kreuzt sie an.</translation>
    </message>
    <message>
        <source>&amp;Figures: how many, how strong, how they ended, when, and compared with before</source>
        <translation>&amp;Zahlen: wie oft, wie stark, wie es ausging, wann, und im Vergleich zu vorher</translation>
    </message>
    <message>
        <source>&amp;Triggers and feelings</source>
        <translation>&amp;Auslöser und Gefühle</translation>
    </message>
    <message>
        <source>&amp;Ideas tried, and what helps me</source>
        <translation>Versuchte &amp;Ideen und was mir hilft</translation>
    </message>
    <message>
        <source>My &amp;note for this week</source>
        <translation>Meine &amp;Notiz für diese Woche</translation>
    </message>
    <message>
        <source>What I &amp;wrote about each moment (situations and notes)</source>
        <translation>Was ich zu jedem Moment &amp;geschrieben habe (Situationen und Notizen)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>My reflections on a &amp;setback this week, if there are any</source>
        <translation>Meine Rückblicke auf einen &amp;Rückschlag in dieser Woche, falls es welche gibt</translation>
    </message>
    <message>
        <source>My &amp;diary card (my check-ins)</source>
        <translation>Meine &amp;Tageskarte (meine Check-ins)</translation>
    </message>
</context>
<context>
    <name>mooring::ProtectedFile</name>
    <message>
        <source>This protected export was made by a newer Mooring (protected format version %1); this Mooring reads version %2. Please update Mooring to open it. Nothing was changed.</source>
        <translation>Dieser geschützte Export stammt von einem neueren Mooring (geschütztes Format Version %1); dieses Mooring liest Version %2. Bitte aktualisiere Mooring, um ihn zu öffnen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>That export passphrase does not open this file. Please check it (it is the one chosen when the file was exported, not necessarily your profile&apos;s) and try again. Nothing was changed.</source>
        <translation>Mit dieser Export-Passphrase lässt sich die Datei nicht öffnen. Bitte prüf sie (es ist die, die beim Exportieren gewählt wurde, nicht unbedingt die deines Profils) und versuch es noch einmal. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>mooring::QrCodeWidget</name>
    <message>
        <source>Code for your phone</source>
        <translation>Code für dein Handy</translation>
    </message>
    <message>
        <source>Point a phone&apos;s camera at this code to %1.</source>
        <translation>Richte die Kamera eines Handys auf diesen Code (%1).</translation>
    </message>
</context>
<context>
    <name>mooring::ReadAloudButton</name>
    <message>
        <source>Read this to me</source>
        <translation>Lies mir das vor</translation>
    </message>
    <message>
        <source>Stop reading</source>
        <translation>Vorlesen beenden</translation>
    </message>
</context>
<context>
    <name>mooring::ReadAloudSection</name>
    <message>
        <source>Offer “Read this to me” on the help screen and in the library</source>
        <translation>„Lies mir das vor“ auf der Hilfeseite und in der Bibliothek anbieten</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Vorlesen</translation>
    </message>
    <message>
        <source>Mooring can read the help screen&apos;s steps, your plan and the library&apos;s pages to you. Your journal and notes are never read aloud.</source>
        <translation>Mooring kann dir die Schritte der Hilfeseite, deinen Plan und die Seiten der Bibliothek vorlesen. Dein Tagebuch und deine Notizen werden nie vorgelesen.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Reading speed, in percent of the usual pace</source>
        <translation>Lesetempo, in Prozent des üblichen Tempos</translation>
    </message>
    <message>
        <source>&amp;Speed</source>
        <translation>Te&amp;mpo</translation>
    </message>
    <message>
        <source>Voice language</source>
        <translation>Sprache der Stimme</translation>
    </message>
    <message>
        <source>The language Mooring is shown in</source>
        <translation>Die Sprache, in der Mooring angezeigt wird</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>St&amp;imme</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>Try it: read one sentence aloud</source>
        <translation>Ausprobieren: einen Satz vorlesen</translation>
    </message>
    <message>
        <source>This is how Mooring reads to you. Take a slow breath in, and a long breath out.</source>
        <translation>So liest Mooring dir vor. Atme langsam ein und lange aus.</translation>
    </message>
</context>
<context>
    <name>mooring::RecoveryCodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Dein Wiederherstellungscode</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code lets you back in. It is shown only this once, so please write it down or print it, and keep it somewhere private, away from this computer.</source>
        <translation>Falls du deine Passphrase einmal vergisst, kommst du mit diesem Code wieder hinein. Er wird nur dieses eine Mal gezeigt. Bitte schreib ihn auf oder druck ihn aus und bewahre ihn an einem privaten Ort auf, nicht bei diesem Computer.</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <source>I&apos;ve &amp;written it down</source>
        <translation>Ich habe ihn &amp;aufgeschrieben</translation>
    </message>
    <message>
        <source>Group %1 of %2: %3</source>
        <translation>Gruppe %1 von %2: %3</translation>
    </message>
    <message>
        <source>group %1</source>
        <translation>Gruppe %1</translation>
    </message>
    <message>
        <source>Mooring recovery code</source>
        <translation>Wiederherstellungscode für Mooring</translation>
    </message>
    <message>
        <source>The page has gone to the printer.</source>
        <translation>Die Seite ist an den Drucker gegangen.</translation>
    </message>
    <message>
        <source>Save the recovery code as a PDF</source>
        <translation>Den Wiederherstellungscode als PDF speichern</translation>
    </message>
    <message>
        <source>Mooring recovery code.pdf</source>
        <translation>Mooring-Wiederherstellungscode.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1. Once it is printed or copied somewhere safe, you may want to delete that file.</source>
        <translation>Gespeichert als %1. Sobald er ausgedruckt oder an einem sicheren Ort abgeschrieben ist, möchtest du diese Datei vielleicht löschen.</translation>
    </message>
</context>
<context>
    <name>mooring::RecoveryCodeSection</name>
    <message>
        <source>M&amp;ake a new recovery code…</source>
        <translation>Ne&amp;uen Wiederherstellungscode machen…</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>If your recovery code is lost, or someone else may have seen it, you can make a new one. Your passphrase and your data stay as they are.</source>
        <translation>Wenn dein Wiederherstellungscode verloren ist oder jemand anderes ihn gesehen haben könnte, kannst du einen neuen machen. Deine Passphrase und deine Daten bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Asks for your passphrase, then shows a new code once</source>
        <translation>Fragt nach deiner Passphrase und zeigt dann einmal einen neuen Code</translation>
    </message>
    <message>
        <source>Your new recovery code is in use. The old one no longer opens Mooring.</source>
        <translation>Dein neuer Wiederherstellungscode gilt jetzt. Mit dem alten lässt sich Mooring nicht mehr öffnen.</translation>
    </message>
</context>
<context>
    <name>mooring::RecoveryScreen</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Where I am in recovery</source>
        <translation>Wo ich auf meinem Weg stehe</translation>
    </message>
    <message>
        <source>Recovery is not a race or a ladder. Many people move between these three, and back again, and that is normal. If you like, choose the one that feels closest right now. You can change it at any time, or leave it.</source>
        <translation>Genesung ist kein Wettrennen und keine Leiter. Viele Menschen bewegen sich zwischen diesen drei Abschnitten hin und her, und das ist normal. Wenn du magst, wähl den, der sich gerade am passendsten anfühlt. Du kannst es jederzeit ändern oder offenlassen.</translation>
    </message>
    <message>
        <source>Noticing and deciding</source>
        <translation>Bemerken und entscheiden</translation>
    </message>
    <message>
        <source>Getting to know what comes before an urge, and deciding what you would like to change.</source>
        <translation>Kennenlernen, was vor einem Drang kommt, und entscheiden, was du ändern möchtest.</translation>
    </message>
    <message>
        <source>Write about a hard moment in my journal</source>
        <translation>Über einen schweren Moment in mein Tagebuch schreiben</translation>
    </message>
    <message>
        <source>Add my warning signs to my plan</source>
        <translation>Meine Warnzeichen in meinen Plan eintragen</translation>
    </message>
    <message>
        <source>Read: why urges rise, and why they pass</source>
        <translation>Lesen: Warum der Drang kommt und warum er wieder geht</translation>
    </message>
    <message>
        <source>Learning skills</source>
        <translation>Fähigkeiten lernen</translation>
    </message>
    <message>
        <source>Trying other ways to cope and practising them, a little at a time.</source>
        <translation>Andere Wege ausprobieren, zurechtzukommen, und sie üben, Stück für Stück.</translation>
    </message>
    <message>
        <source>Find ideas for my coping toolbox</source>
        <translation>Ideen für meinen Werkzeugkasten finden</translation>
    </message>
    <message>
        <source>Practise riding out an urge with the timer</source>
        <translation>Mit dem Timer üben, einen Drang abzuwarten</translation>
    </message>
    <message>
        <source>Put what helps into my plan</source>
        <translation>Was hilft, in meinen Plan eintragen</translation>
    </message>
    <message>
        <source>Keeping it going</source>
        <translation>Dranbleiben</translation>
    </message>
    <message>
        <source>Making the new ways your own, growing your support, and looking after yourself on good days too.</source>
        <translation>Die neuen Wege zu deinen eigenen machen, deine Unterstützung ausbauen und auch an guten Tagen für dich sorgen.</translation>
    </message>
    <message>
        <source>Look back at my week</source>
        <translation>Auf meine Woche zurückblicken</translation>
    </message>
    <message>
        <source>Add people I can ask to my plan</source>
        <translation>Menschen, die ich fragen kann, in meinen Plan eintragen</translation>
    </message>
    <message>
        <source>Read: talking to someone you trust</source>
        <translation>Lesen: Mit jemandem reden, dem du vertraust</translation>
    </message>
    <message>
        <source>Not sure, or I would rather not say</source>
        <translation>Weiß nicht, oder möchte ich lieber nicht sagen</translation>
    </message>
    <message>
        <source>In my own &amp;words (only if you want to)</source>
        <translation>In meinen eigenen &amp;Worten (nur wenn du möchtest)</translation>
    </message>
    <message>
        <source>Where I am, in my own words</source>
        <translation>Wo ich stehe, in meinen eigenen Worten</translation>
    </message>
    <message>
        <source>&amp;Keep this</source>
        <translation>So &amp;behalten</translation>
    </message>
    <message>
        <source>Kept. You can change this whenever you like.</source>
        <translation>Behalten. Du kannst es ändern, wann immer du möchtest.</translation>
    </message>
    <message>
        <source>This feels like where I am: %1</source>
        <translation>Hier sehe ich mich gerade: %1</translation>
    </message>
    <message>
        <source>Some next steps:</source>
        <translation>Ein paar nächste Schritte:</translation>
    </message>
    <message>
        <source>This could not be kept. %1 What you wrote is still here.</source>
        <translation>Das konnte nicht gespeichert werden. %1 Was du geschrieben hast, ist noch da.</translation>
    </message>
</context>
<context>
    <name>mooring::ReflectionBox</name>
    <message>
        <source>A few words for yourself: something to keep doing, to try, or to change. Only you decide what goes here.</source>
        <translation>Ein paar Worte für dich: etwas, das du beibehalten, ausprobieren oder ändern möchtest. Nur du entscheidest, was hier steht.</translation>
    </message>
    <message>
        <source>What I want to change, this week</source>
        <translation>Was ich ändern möchte, diese Woche</translation>
    </message>
    <message>
        <source>Last week&apos;s note</source>
        <translation>Notiz von letzter Woche</translation>
    </message>
    <message>
        <source>&amp;Save my note</source>
        <translation>Meine Notiz &amp;speichern</translation>
    </message>
    <message>
        <source>Save my note for this week</source>
        <translation>Meine Notiz für diese Woche speichern</translation>
    </message>
    <message>
        <source>Nothing was written for last week.</source>
        <translation>Für letzte Woche wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>mooring::ReflectionEditor</name>
    <message>
        <source>Learning from a setback</source>
        <translation>Aus einem Rückschlag lernen</translation>
    </message>
    <message>
        <source>Take your time. Answer as many or as few of these as you like, in your own words. What you write stays private and locked on this computer.</source>
        <translation>Lass dir Zeit. Beantworte so viele oder so wenige dieser Fragen, wie du magst, in deinen eigenen Worten. Was du schreibst, bleibt privat und geschützt auf diesem Computer.</translation>
    </message>
    <message>
        <source>What was happening &amp;before?</source>
        <translation>Was war &amp;vorher los?</translation>
    </message>
    <message>
        <source>Where you were, who was around, what had happened that day.</source>
        <translation>Wo du warst, wer in der Nähe war, was an dem Tag passiert war.</translation>
    </message>
    <message>
        <source>Which &amp;warning signs were there?</source>
        <translation>Welche &amp;Warnzeichen gab es?</translation>
    </message>
    <message>
        <source>Thoughts, feelings or things you did that you can see now. One on each line.</source>
        <translation>Gedanken, Gefühle oder Dinge, die du getan hast und die du jetzt erkennst. Eins pro Zeile.</translation>
    </message>
    <message>
        <source>What did I &amp;try?</source>
        <translation>Was habe ich versuch&amp;t?</translation>
    </message>
    <message>
        <source>Anything at all, even if it only helped a little.</source>
        <translation>Alles, was dir einfällt, auch wenn es nur ein bisschen geholfen hat.</translation>
    </message>
    <message>
        <source>What might help &amp;next time?</source>
        <translation>Was könnte beim &amp;nächsten Mal helfen?</translation>
    </message>
    <message>
        <source>One idea on each line.</source>
        <translation>Eine Idee pro Zeile.</translation>
    </message>
    <message>
        <source>Is there anything you want to add to your &amp;plan?</source>
        <translation>Möchtest du etwas in deinen &amp;Plan aufnehmen?</translation>
    </message>
    <message>
        <source>One on each line. Nothing is added until you look at it and save your plan.</source>
        <translation>Eins pro Zeile. Hinzugefügt wird erst, wenn du es dir ansiehst und deinen Plan speicherst.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Add to my plan…</source>
        <translation>In meinen Plan aufnehmen…</translation>
    </message>
    <message>
        <source>Saves this reflection, then opens your plan with these ideas ready to keep or remove</source>
        <translation>Speichert diesen Rückblick und öffnet dann deinen Plan, in dem diese Ideen zum Behalten oder Entfernen bereitstehen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>mooring::ReflectionList</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>Reflections you wrote before</source>
        <translation>Rückblicke, die du schon geschrieben hast</translation>
    </message>
    <message>
        <source>Looking back can show how much you have learned. Open one to read it again or to add to it.</source>
        <translation>Zurückzuschauen kann zeigen, wie viel du schon gelernt hast. Öffne einen Rückblick, um ihn noch einmal zu lesen oder etwas zu ergänzen.</translation>
    </message>
    <message>
        <source>There are no saved reflections yet.</source>
        <translation>Es gibt noch keine gespeicherten Rückblicke.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Written on %1</source>
        <translation>Geschrieben am %1</translation>
    </message>
</context>
<context>
    <name>mooring::RegionBox</name>
    <message>
        <source>Where you live</source>
        <translation>Wo du lebst</translation>
    </message>
    <message>
        <source>Choose where you live</source>
        <translation>Wähle, wo du lebst</translation>
    </message>
</context>
<context>
    <name>mooring::RekeyDialog</name>
    <message>
        <source>C&amp;opy my backups under the new keys</source>
        <translation>Meine Sicherungen unter den neuen Schlüsseln &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Remove my old backups</source>
        <translation>Meine alten Sicherungen ent&amp;fernen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>New keys for everything</source>
        <translation>Neue Schlüssel für alles</translation>
    </message>
    <message>
        <source>If someone may know your passphrase</source>
        <translation>Wenn jemand deine Passphrase kennen könnte</translation>
    </message>
    <message>
        <source>Mooring will make new keys for all your data and your backups. You choose a new passphrase, and you get a new recovery code to write down. After that, the old passphrase and the old recovery code no longer open anything in Mooring&apos;s folder.</source>
        <translation>Mooring erstellt neue Schlüssel für alle deine Daten und deine Sicherungen. Du wählst eine neue Passphrase und bekommst einen neuen Wiederherstellungscode zum Aufschreiben. Danach öffnen die alte Passphrase und der alte Wiederherstellungscode nichts mehr in Moorings Ordner.</translation>
    </message>
    <message>
        <source>Copies of your data made somewhere else before today, for example on another drive or in a cloud folder, are not reached by this. It takes a few seconds. Mooring locks while it works, and afterwards you unlock with your new passphrase.</source>
        <translation>Kopien deiner Daten, die vor heute anderswo gemacht wurden, zum Beispiel auf einem anderen Laufwerk oder in einem Cloud-Ordner, erreicht das nicht. Es dauert ein paar Sekunden. Mooring sperrt sich, während es arbeitet, und danach entsperrst du mit deiner neuen Passphrase.</translation>
    </message>
    <message>
        <source>Please have paper and a pen ready, or a printer, for the new recovery code.</source>
        <translation>Leg dir bitte für den neuen Wiederherstellungscode Papier und Stift bereit, oder einen Drucker.</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation>&amp;Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Neue Passphrase</translation>
    </message>
    <message>
        <source>Your backups</source>
        <translation>Deine Sicherungen</translation>
    </message>
    <message>
        <source>Checks your current passphrase, then locks Mooring and makes new keys</source>
        <translation>Prüft deine aktuelle Passphrase, sperrt dann Mooring und erstellt neue Schlüssel</translation>
    </message>
    <message>
        <source>Your data is under new keys. Unlock with your new passphrase.</source>
        <translation>Deine Daten liegen unter neuen Schlüsseln. Entsperre mit deiner neuen Passphrase.</translation>
    </message>
    <message>
        <source>Close without checking?</source>
        <translation>Schließen, ohne nachzuprüfen?</translation>
    </message>
    <message>
        <source>Your new recovery code is already in use, and the old one no longer works. If it isn&apos;t written down yet, please stay and do that first. (After unlocking, you can always make another new code in settings.)</source>
        <translation>Dein neuer Wiederherstellungscode gilt schon, und der alte funktioniert nicht mehr. Wenn er noch nicht aufgeschrieben ist, bleib bitte hier und tu das zuerst. (Nach dem Entsperren kannst du in den Einstellungen jederzeit einen weiteren neuen Code machen.)</translation>
    </message>
    <message>
        <source>&amp;Make new keys</source>
        <translation>Neue &amp;Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Please type your current passphrase first.</source>
        <translation>Bitte gib zuerst deine aktuelle Passphrase ein.</translation>
    </message>
    <message>
        <source>Checking your passphrase…</source>
        <translation>Deine Passphrase wird geprüft…</translation>
    </message>
    <message>
        <source>Mooring stayed open, so nothing was changed. Your passphrase is still the one you have.</source>
        <translation>Mooring ist offen geblieben, darum wurde nichts geändert. Deine Passphrase ist weiterhin die, die du hast.</translation>
    </message>
    <message>
        <source>Making new keys…</source>
        <translation>Neue Schlüssel werden erstellt…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>mooring::RemindersSection</name>
    <message>
        <source>Reminders need a tray on your desktop (the row of small icons by the clock), and this desktop has none. Mooring works fully without them.</source>
        <translation>Erinnerungen brauchen einen Infobereich auf deinem Desktop (die Reihe kleiner Symbole bei der Uhr), und dieser Desktop hat keinen. Mooring funktioniert auch ohne sie vollständig.</translation>
    </message>
    <message>
        <source>Remin&amp;d me to check in</source>
        <translation>An den Check-in erinnern</translation>
    </message>
    <message>
        <source>Remind me to look back at my week</source>
        <translation>An den B&amp;lick auf meine Woche erinnern</translation>
    </message>
    <message>
        <source>Start Mooring in the tray when I log in</source>
        <translation>Mooring beim Anmelden im Info&amp;bereich starten</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Off until you turn them on. A reminder only says it is a moment for Mooring, nothing about you, and an unanswered one simply goes away.</source>
        <translation>Aus, bis du sie einschaltest. Eine Erinnerung sagt nur, dass es ein Moment für Mooring ist, nichts über dich, und eine unbeantwortete verschwindet einfach.</translation>
    </message>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <source>Day for looking back at the week</source>
        <translation>Tag für den Blick auf die Woche</translation>
    </message>
    <message>
        <source>Time for the check-in reminder</source>
        <translation>Uhrzeit der Erinnerung an den Check-in</translation>
    </message>
    <message>
        <source>Time for the reminder about your week</source>
        <translation>Uhrzeit der Erinnerung an deine Woche</translation>
    </message>
    <message>
        <source>Start reminders again now</source>
        <translation>Erinnerungen jetzt wieder einschalten</translation>
    </message>
    <message>
        <source>Pause reminders for a week</source>
        <translation>Erinnerungen eine Woche lang pausieren</translation>
    </message>
    <message>
        <source>Reminders are resting until %1.</source>
        <translation>Die Erinnerungen ruhen bis %1.</translation>
    </message>
</context>
<context>
    <name>mooring::ReportDialog</name>
    <message>
        <source>Report for my next session</source>
        <translation>Bericht für meine nächste Sitzung</translation>
    </message>
    <message>
        <source>Choices for the report</source>
        <translation>Auswahl für den Bericht</translation>
    </message>
    <message>
        <source>Preview of the report</source>
        <translation>Vorschau des Berichts</translation>
    </message>
    <message>
        <source>The pages as they will be printed. The same words are in the report&apos;s sentences.</source>
        <translation>Die Seiten, wie sie gedruckt werden. Dasselbe steht auch in den Sätzen des Berichts.</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <source>Choose the days and what goes in. You decide what goes on paper: your own words stay out unless you tick them.</source>
        <translation>Wähle die Tage und was hinein soll. Du entscheidest, was aufs Papier kommt: deine eigenen Worte bleiben draußen, außer du kreuzt sie an.</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>Erster Tag des Berichts</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>Letzter Tag des Berichts</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Times of &amp;day and days of the week</source>
        <translation>&amp;Tageszeiten und Wochentage</translation>
    </message>
    <message>
        <source>How many set&amp;backs</source>
        <translation>Wie viele &amp;Rückschläge</translation>
    </message>
    <message>
        <source>The first day is after the last day. Please choose a first day on or before the last one.</source>
        <translation>Der erste Tag liegt nach dem letzten. Bitte wähle einen ersten Tag, der vor dem letzten liegt oder derselbe ist.</translation>
    </message>
    <message>
        <source>A report can cover up to a year. Please choose a shorter time; a few weeks is often easiest to talk through.</source>
        <translation>Ein Bericht kann bis zu einem Jahr umfassen. Bitte wähle einen kürzeren Zeitraum; ein paar Wochen lassen sich oft am leichtesten durchsprechen.</translation>
    </message>
    <message>
        <source>Save the report as a PDF</source>
        <translation>Den Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>The report was saved as a PDF.</source>
        <translation>Der Bericht wurde als PDF gespeichert.</translation>
    </message>
    <message>
        <source>&amp;At a glance</source>
        <translation>&amp;Auf einen Blick</translation>
    </message>
    <message>
        <source>The weeks as a chart, how urges ended, the triggers and feelings that came up most, and what helped most.</source>
        <translation>Die Wochen als Diagramm, wie der Drang ausging, die häufigsten Auslöser und Gefühle und was am meisten geholfen hat.</translation>
    </message>
    <message>
        <source>What &amp;helped, and how often</source>
        <translation>Was &amp;geholfen hat und wie oft</translation>
    </message>
    <message>
        <source>How often I &amp;saved my plan</source>
        <translation>Wie oft ich meinen Plan ge&amp;speichert habe</translation>
    </message>
    <message>
        <source>My &amp;notes for each week</source>
        <translation>Meine &amp;Notizen für jede Woche</translation>
    </message>
    <message>
        <source>What I want to change, as I wrote it in My week.</source>
        <translation>Was ich ändern möchte, so wie ich es in „Meine Woche“ geschrieben habe.</translation>
    </message>
    <message>
        <source>My setback r&amp;eflections</source>
        <translation>Meine Rückblick&amp;e auf Rückschläge</translation>
    </message>
    <message>
        <source>My own words, off unless I tick them.</source>
        <translation>Meine eigenen Worte, nur wenn ich sie ankreuze.</translation>
    </message>
    <message>
        <source>What I wrote about each &amp;moment</source>
        <translation>Was ich zu jedem &amp;Moment geschrieben habe</translation>
    </message>
    <message>
        <source>Situations and notes, off unless I tick them.</source>
        <translation>Situationen und Notizen, nur wenn ich sie ankreuze.</translation>
    </message>
    <message>
        <source>Chec&amp;k-ins and my diary card</source>
        <translation>Chec&amp;k-ins und meine Tageskarte</translation>
    </message>
    <message>
        <source>The days I checked in each week, how the days were and my urges on average, and my diary card. Only when there are check-ins in these days.</source>
        <translation>An welchen Tagen jeder Woche ich einen Check-in gemacht habe, wie die Tage und mein Drang im Schnitt waren, und meine Tageskarte. Nur wenn es in diesen Tagen Check-ins gibt.</translation>
    </message>
    <message>
        <source>Changes to my safety p&amp;lan</source>
        <translation>Änderungen an meinem Sicherheitsp&amp;lan</translation>
    </message>
    <message>
        <source>What I added to my plan, took out or reworded, item by item. Off unless I tick it.</source>
        <translation>Was ich meinem Plan hinzugefügt, herausgenommen oder umformuliert habe, Punkt für Punkt. Nur wenn ich es ankreuze.</translation>
    </message>
</context>
<context>
    <name>mooring::ReviewScreen</name>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Zurück</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation>Zurück zur Startseite</translation>
    </message>
    <message>
        <source>My week</source>
        <translation>Meine Woche</translation>
    </message>
    <message>
        <source>&amp;Print or save as PDF…</source>
        <translation>D&amp;rucken oder als PDF speichern…</translation>
    </message>
    <message>
        <source>Print or save as PDF (Ctrl+P)</source>
        <translation>Drucken oder als PDF speichern (Strg+P)</translation>
    </message>
    <message>
        <source>◀ P&amp;revious week</source>
        <translation>◀ &amp;Vorige Woche</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Vorige Woche</translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation>Vorige Woche (Alt+Links)</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>Diese &amp;Woche</translation>
    </message>
    <message>
        <source>This week (Alt+Home)</source>
        <translation>Diese Woche (Alt+Pos1)</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>Nä&amp;chste Woche ▶</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation>Nächste Woche (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Your note could not be kept. %1 It is still here.</source>
        <translation>Deine Notiz konnte nicht gespeichert werden. %1 Sie ist aber noch hier.</translation>
    </message>
    <message>
        <source>Your note is kept with this week.</source>
        <translation>Deine Notiz ist bei dieser Woche gespeichert.</translation>
    </message>
    <message>
        <source>Save this week as a PDF</source>
        <translation>Diese Woche als PDF speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>This week was saved as a PDF.</source>
        <translation>Diese Woche wurde als PDF gespeichert.</translation>
    </message>
    <message>
        <source>Urges</source>
        <translation>Drang</translation>
    </message>
    <message>
        <source>How strong the urges were, as a chart</source>
        <translation>Wie stark der Drang war, als Diagramm</translation>
    </message>
    <message>
        <source>How they ended</source>
        <translation>Wie es ausging</translation>
    </message>
    <message>
        <source>How the urges ended, as bars</source>
        <translation>Wie es ausging, als Balken</translation>
    </message>
    <message>
        <source>Triggers and feelings</source>
        <translation>Auslöser und Gefühle</translation>
    </message>
    <message>
        <source>Triggers that came up most, as bars</source>
        <translation>Häufigste Auslöser, als Balken</translation>
    </message>
    <message>
        <source>Feelings that came up most, as bars</source>
        <translation>Häufigste Gefühle, als Balken</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Days of the week and hours of the day, as a grid</source>
        <translation>Wochentage und Tageszeiten, als Raster</translation>
    </message>
    <message>
        <source>Ideas I tried</source>
        <translation>Ideen, die ich versucht habe</translation>
    </message>
    <message>
        <source>Ideas tried this week and how much they helped, as bars</source>
        <translation>Diese Woche versuchte Ideen und wie sehr sie geholfen haben, als Balken</translation>
    </message>
    <message>
        <source>Compared with the four weeks before</source>
        <translation>Im Vergleich zu den vier Wochen davor</translation>
    </message>
    <message>
        <source>Since you started</source>
        <translation>Seit du angefangen hast</translation>
    </message>
    <message>
        <source>Urges written down each week, as a line</source>
        <translation>Notierter Drang pro Woche, als Linie</translation>
    </message>
    <message>
        <source>What helps me</source>
        <translation>Was mir hilft</translation>
    </message>
    <message>
        <source>Ideas that helped most over all your entries, as bars</source>
        <translation>Ideen, die über alle deine Einträge am meisten geholfen haben, als Balken</translation>
    </message>
    <message>
        <source>What I want to change</source>
        <translation>Was ich ändern möchte</translation>
    </message>
    <message>
        <source>This week: %1</source>
        <translation>Diese Woche: %1</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>The line shows how many urges you wrote down each week, over the last %1 weeks.</source>
        <translation>Die Linie zeigt, wie oft du in den letzten %1 Wochen pro Woche einen Drang notiert hast.</translation>
    </message>
    <message>
        <source>Your days</source>
        <translation>Deine Tage</translation>
    </message>
    <message>
        <source>Rep&amp;ort for my next session…</source>
        <translation>&amp;Bericht für meine nächste Sitzung…</translation>
    </message>
</context>
<context>
    <name>mooring::SaveNoteDialog</name>
    <message>
        <source>Save the plan</source>
        <translation>Den Plan speichern</translation>
    </message>
    <message>
        <source>Add a note to remember this version by, if you like. Earlier versions are kept as they were.</source>
        <translation>Wenn du magst, gib dieser Fassung eine Notiz mit, an der du sie wiedererkennst. Frühere Fassungen bleiben so, wie sie waren.</translation>
    </message>
    <message>
        <source>For example: with my therapist, 3 March</source>
        <translation>Zum Beispiel: mit meiner Therapeutin, 3. März</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>mooring::SectionEditor</name>
    <message>
        <source>Items in this section</source>
        <translation>Punkte in diesem Abschnitt</translation>
    </message>
    <message>
        <source>Type something and press Enter to add it</source>
        <translation>Tipp etwas ein und drück Enter, um es hinzuzufügen</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Neuer Punkt</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add from my contacts…</source>
        <translation>Aus meinen Kontakten hinzufügen…</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation>Zum Beispiel: %1</translation>
    </message>
    <message>
        <source>A section can hold up to %1 items.</source>
        <translation>Ein Abschnitt kann bis zu %1 Punkte enthalten.</translation>
    </message>
</context>
<context>
    <name>mooring::SelfCareFields</name>
    <message>
        <source>&amp;Hours of sleep</source>
        <translation>Stunden &amp;Schlaf</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>nicht beantwortet</translation>
    </message>
    <message>
        <source>Hours of sleep</source>
        <translation>Stunden Schlaf</translation>
    </message>
    <message>
        <source>A number of hours, or not answered.</source>
        <translation>Eine Zahl von Stunden oder nicht beantwortet.</translation>
    </message>
    <message>
        <source>I &amp;ate regularly</source>
        <translation>Ich habe regelmäßig &amp;gegessen</translation>
    </message>
    <message>
        <source>I took my &amp;medication as prescribed</source>
        <translation>Ich habe meine &amp;Medikamente wie verordnet genommen</translation>
    </message>
    <message>
        <source>I m&amp;oved my body</source>
        <translation>Ich habe mich &amp;bewegt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>not today</source>
        <translation>heute nicht</translation>
    </message>
</context>
<context>
    <name>mooring::SelfCareSection</name>
    <message>
        <source>Hours of sleep</source>
        <translation>Stunden Schlaf</translation>
    </message>
    <message>
        <source>I ate regularly</source>
        <translation>Ich habe regelmäßig gegessen</translation>
    </message>
    <message>
        <source>I took my medication as prescribed</source>
        <translation>Ich habe meine Medikamente wie verordnet genommen</translation>
    </message>
    <message>
        <source>I moved my body</source>
        <translation>Ich habe mich bewegt</translation>
    </message>
    <message>
        <source>Check-in: looking after myself</source>
        <translation>Check-in: für mich sorgen</translation>
    </message>
    <message>
        <source>Choose the questions your check-in asks. Answers you have saved stay saved, and this choice is kept with your protected data.</source>
        <translation>Wähl die Fragen, die dein Check-in stellt. Antworten, die du schon festgehalten hast, bleiben erhalten, und diese Wahl wird mit deinen geschützten Daten aufbewahrt.</translation>
    </message>
    <message>
        <source>Asked in the check-in when ticked</source>
        <translation>Wird im Check-in gefragt, wenn angekreuzt</translation>
    </message>
</context>
<context>
    <name>mooring::SetbackPanel</name>
    <message>
        <source>Go on with my reflection</source>
        <translation>Mit meinem Rückblick weitermachen</translation>
    </message>
    <message>
        <source>Saved. You can come back to this whenever you like.</source>
        <translation>Gespeichert. Du kannst jederzeit darauf zurückkommen.</translation>
    </message>
    <message>
        <source>Be gentle with yourself right now</source>
        <translation>Sei jetzt sanft mit dir</translation>
    </message>
    <message>
        <source>A setback is part of recovery, not the end of it. Everything you have learned still counts, and it is still yours.</source>
        <translation>Ein Rückschlag gehört zur Genesung dazu, er ist nicht ihr Ende. Alles, was du gelernt hast, zählt weiterhin, und es gehört weiter dir.</translation>
    </message>
    <message>
        <source>What matters most right now is that you are safe and looked after.</source>
        <translation>Am wichtigsten ist jetzt, dass du sicher bist und versorgt wirst.</translation>
    </message>
    <message>
        <source>Your plan and your people</source>
        <translation>Dein Plan und deine Menschen</translation>
    </message>
    <message>
        <source>Talk to someone now: helplines</source>
        <translation>Jetzt mit jemandem reden: Hilfetelefone</translation>
    </message>
    <message>
        <source>Later, when you feel ready</source>
        <translation>Später, wenn du so weit bist</translation>
    </message>
    <message>
        <source>A few gentle questions can help you learn from this and add to your plan. There is no rush. You can come back to it another day, or not at all.</source>
        <translation>Ein paar behutsame Fragen können dir helfen, daraus zu lernen und deinen Plan zu ergänzen. Es eilt nicht. Du kannst an einem anderen Tag darauf zurückkommen, oder gar nicht.</translation>
    </message>
    <message>
        <source>Learning from this setback</source>
        <translation>Aus diesem Rückschlag lernen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>If you are hurt, please get medical help</source>
        <translation>Wenn du verletzt bist, hol dir bitte medizinische Hilfe</translation>
    </message>
    <message>
        <source>If you have swallowed something, or are not sure how serious an injury is, get medical help now, even if you feel okay: call your local emergency number or go to an emergency department.</source>
        <translation>Wenn du etwas geschluckt hast oder nicht sicher bist, wie ernst eine Verletzung ist, hol dir jetzt medizinische Hilfe, auch wenn du dich gut fühlst: Ruf den Notruf an oder geh in eine Notaufnahme.</translation>
    </message>
    <message>
        <source>If you have swallowed something, or are not sure how serious an injury is, get medical help now, even if you feel okay: call %1 or go to an emergency department.</source>
        <translation>Wenn du etwas geschluckt hast oder nicht sicher bist, wie ernst eine Verletzung ist, hol dir jetzt medizinische Hilfe, auch wenn du dich gut fühlst: Ruf %1 an oder geh in eine Notaufnahme.</translation>
    </message>
    <message>
        <source>You deserve care, whatever happened.</source>
        <translation>Du verdienst Fürsorge, was auch immer passiert ist.</translation>
    </message>
    <message>
        <source>This could not be saved. %1 Everything you wrote is still here.</source>
        <translation>Das konnte nicht gespeichert werden. %1 Alles, was du geschrieben hast, ist noch da.</translation>
    </message>
    <message>
        <source>Write a warning sign or an idea for next time first, one on each line. Then they will be ready to add to your plan.</source>
        <translation>Schreib zuerst ein Warnzeichen oder eine Idee für das nächste Mal auf, eins pro Zeile. Dann liegen sie bereit, um sie in deinen Plan aufzunehmen.</translation>
    </message>
    <message>
        <source>Reflections I wrote before</source>
        <translation>Rückblicke, die ich schon geschrieben habe</translation>
    </message>
    <message>
        <source>If you are thinking about ending your life, or are not sure you can keep yourself safe, call your local emergency number or a crisis line now.</source>
        <translation>Wenn du daran denkst, dir das Leben zu nehmen, oder nicht sicher bist, ob du dich selbst schützen kannst, ruf jetzt den Notruf oder ein Krisentelefon an.</translation>
    </message>
    <message>
        <source>If you are thinking about ending your life, or are not sure you can keep yourself safe, call %1 or a crisis line now.</source>
        <translation>Wenn du daran denkst, dir das Leben zu nehmen, oder nicht sicher bist, ob du dich selbst schützen kannst, ruf jetzt %1 oder ein Krisentelefon an.</translation>
    </message>
</context>
<context>
    <name>mooring::SettingsScreen</name>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Neue Passphrase</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>Lock by itself when not used for</source>
        <translation>Von selbst sperren, wenn unbenutzt für</translation>
    </message>
    <message>
        <source>Where you live</source>
        <translation>Wo du lebst</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Wird geändert…</translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation>&amp;Passphrase ändern</translation>
    </message>
    <message>
        <source>Please type your current passphrase first.</source>
        <translation>Bitte gib zuerst deine aktuelle Passphrase ein.</translation>
    </message>
    <message>
        <source>Your passphrase has been changed. Please use the new one the next time you unlock Mooring.</source>
        <translation>Deine Passphrase wurde geändert. Bitte verwende die neue, wenn du Mooring das nächste Mal entsperrst.</translation>
    </message>
    <message>
        <source>High contrast: white on black</source>
        <translation>Hoher Kontrast: Weiß auf Schwarz</translation>
    </message>
    <message>
        <source>Your passphrase has been changed.</source>
        <translation>Deine Passphrase wurde geändert.</translation>
    </message>
    <message>
        <source>New keys for all your data and backups, a new passphrase and a new recovery code</source>
        <translation>Neue Schlüssel für alle deine Daten und Sicherungen, eine neue Passphrase und ein neuer Wiederherstellungscode</translation>
    </message>
</context>
<context>
    <name>mooring::SetupOrUnlock</name>
    <message>
        <source>Mooring found your data but not its key file (mooring.keys), so it cannot be opened right now. If you have a copy of that file, for example in a backup, please put it back in this folder and start Mooring again: %1. Nothing has been changed.</source>
        <translation>Mooring hat deine Daten gefunden, aber nicht die zugehörige Schlüsseldatei (mooring.keys), deshalb lassen sie sich gerade nicht öffnen. Wenn du eine Kopie dieser Datei hast, etwa in einer Sicherung, leg sie bitte wieder in diesen Ordner und starte Mooring neu: %1. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Mooring stayed locked because it was hidden while unlocking. Unlock again whenever you are ready.</source>
        <translation>Mooring ist gesperrt geblieben, weil es beim Entsperren ausgeblendet wurde. Entsperre es wieder, wann immer du bereit bist.</translation>
    </message>
</context>
<context>
    <name>mooring::SetupScreen</name>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <source>Setting things up…</source>
        <translation>Alles wird eingerichtet…</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>mooring::SoundPlayback</name>
    <message>
        <source>Finished playing “%1”.</source>
        <translation>„%1“ ist zu Ende gespielt.</translation>
    </message>
    <message>
        <source>Playing “%1”.</source>
        <translation>„%1“ wird abgespielt.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>Could not play: %1</source>
        <translation>Konnte nicht abgespielt werden: %1</translation>
    </message>
</context>
<context>
    <name>mooring::SoundTile</name>
    <message>
        <source>A voice note</source>
        <translation>Eine Sprachnachricht</translation>
    </message>
    <message>
        <source>A sound</source>
        <translation>Ein Ton</translation>
    </message>
    <message>
        <source>Voice note without a caption</source>
        <translation>Sprachnachricht ohne Beschriftung</translation>
    </message>
    <message>
        <source>Sound without a caption</source>
        <translation>Ton ohne Beschriftung</translation>
    </message>
    <message>
        <source>Stop  (P)</source>
        <translation>Stoppen  (P)</translation>
    </message>
    <message>
        <source>Play  (P)</source>
        <translation>Abspielen  (P)</translation>
    </message>
    <message>
        <source>Stop: %1</source>
        <translation>Stoppen: %1</translation>
    </message>
    <message>
        <source>Play: %1</source>
        <translation>Abspielen: %1</translation>
    </message>
</context>
<context>
    <name>mooring::StandaloneCrisisWindow</name>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Mooring</source>
        <translation>Mooring</translation>
    </message>
</context>
<context>
    <name>mooring::StrategyDelegate</name>
    <message>
        <source>Hidden: not shown unless you ask for hidden ideas</source>
        <translation>Ausgeblendet: nur sichtbar, wenn du ausgeblendete Ideen anzeigen lässt</translation>
    </message>
</context>
<context>
    <name>mooring::StrategyEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Anything that helps you do it when it is hard to think (optional)</source>
        <translation>Alles, was dir hilft, es zu tun, wenn das Denken schwerfällt (freiwillig)</translation>
    </message>
    <message>
        <source>For example “the blue box under my bed”</source>
        <translation>Zum Beispiel „die blaue Kiste unter meinem Bett“</translation>
    </message>
    <message>
        <source>Save the idea</source>
        <translation>Die Idee speichern</translation>
    </message>
    <message>
        <source>Save (Enter in the title, or Ctrl+S)</source>
        <translation>Speichern (Enter im Titel oder Strg+S)</translation>
    </message>
    <message>
        <source>Cancel: go back without saving</source>
        <translation>Abbrechen: ohne Speichern zurück</translation>
    </message>
    <message>
        <source>Go back without saving (Esc)</source>
        <translation>Ohne Speichern zurück (Esc)</translation>
    </message>
    <message>
        <source>&amp;Family</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Where it is kept</source>
        <translation>&amp;Wo es liegt</translation>
    </message>
    <message>
        <source>A new idea</source>
        <translation>Eine neue Idee</translation>
    </message>
    <message>
        <source>Change this idea to suit you</source>
        <translation>Pass diese Idee so an, dass sie zu dir passt</translation>
    </message>
    <message>
        <source>Change this idea</source>
        <translation>Diese Idee ändern</translation>
    </message>
    <message>
        <source>A few words, for example “Call my sister”</source>
        <translation>Ein paar Worte, zum Beispiel „Meine Schwester anrufen“</translation>
    </message>
    <message>
        <source>Once the idea is saved, you can keep photos and sounds with it.</source>
        <translation>Sobald die Idee gespeichert ist, kannst du Fotos und Töne dazulegen.</translation>
    </message>
</context>
<context>
    <name>mooring::StrategyModel</name>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>Ausgeblendet</translation>
    </message>
</context>
<context>
    <name>mooring::StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>Passphrase strength: %1</source>
        <translation>Stärke der Passphrase: %1</translation>
    </message>
</context>
<context>
    <name>mooring::TagField</name>
    <message>
        <source>Type one and press Enter</source>
        <translation>Tipp eins ein und drück Enter</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>mooring::TestKdfNotice</name>
    <message>
        <source>This profile was made with quick test settings, so its passphrase is only weakly protected. Before you keep anything personal here, please change your passphrase in Settings: Mooring then protects it properly.</source>
        <translation>Dieses Profil wurde mit schnellen Testeinstellungen angelegt, deshalb ist seine Passphrase nur schwach geschützt. Bevor du hier etwas Persönliches aufbewahrst, ändere deine Passphrase bitte in den Einstellungen: Dann schützt Mooring sie richtig.</translation>
    </message>
</context>
<context>
    <name>mooring::ToolboxActions</name>
    <message>
        <source>Add idea</source>
        <translation>Idee hinzufügen</translation>
    </message>
    <message>
        <source>Add an idea</source>
        <translation>Eine Idee hinzufügen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit the idea</source>
        <translation>Die Idee bearbeiten</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation>Zu den Favoriten hinzufügen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide the idea</source>
        <translation>Die Idee ausblenden</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move up among favourites</source>
        <translation>In den Favoriten nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move down among favourites</source>
        <translation>In den Favoriten nach unten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the idea</source>
        <translation>Die Idee löschen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Pick one for me</source>
        <translation>&amp;Such mir eine aus</translation>
    </message>
    <message>
        <source>Pick one for me</source>
        <translation>Such mir eine aus</translation>
    </message>
    <message>
        <source>Suggests one idea at random; favourites come up more often (Alt+P)</source>
        <translation>Schlägt eine zufällige Idee vor; Favoriten kommen öfter dran (Alt+S)</translation>
    </message>
    <message>
        <source>From &amp;every family</source>
        <translation>Aus &amp;jeder Gruppe</translation>
    </message>
    <message>
        <source>Pick from every family</source>
        <translation>Aus jeder Gruppe aussuchen</translation>
    </message>
    <message>
        <source>Remove favourite</source>
        <translation>Favorit entfernen</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Aus den Favoriten entfernen</translation>
    </message>
    <message>
        <source>Open Favourites (Ctrl+1) to put them in order.</source>
        <translation>Öffne die Favoriten (Strg+1), um sie zu ordnen.</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Wieder zeigen</translation>
    </message>
    <message>
        <source>Show the idea again</source>
        <translation>Die Idee wieder zeigen</translation>
    </message>
    <message>
        <source>Ideas that come with Mooring can be hidden instead.</source>
        <translation>Ideen, die mit Mooring kommen, lassen sich stattdessen ausblenden.</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
</context>
<context>
    <name>mooring::ToolboxBrowsePage</name>
    <message>
        <source>My coping toolbox</source>
        <translation>Mein Werkzeugkasten</translation>
    </message>
    <message>
        <source>&amp;Back to home</source>
        <translation>&amp;Zurück zur Startseite</translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation>Zurück zur Startseite</translation>
    </message>
    <message>
        <source>Back to home (Esc)</source>
        <translation>Zurück zur Startseite (Esc)</translation>
    </message>
    <message>
        <source>Search all ideas</source>
        <translation>Alle Ideen durchsuchen</translation>
    </message>
    <message>
        <source>Search all ideas (Ctrl+F)</source>
        <translation>Alle Ideen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Show &amp;hidden ideas</source>
        <translation>Aus&amp;geblendete zeigen</translation>
    </message>
    <message>
        <source>Show hidden ideas</source>
        <translation>Ausgeblendete Ideen zeigen</translation>
    </message>
    <message>
        <source>S&amp;ort by what helps me</source>
        <translation>&amp;Hilfreichste zuerst</translation>
    </message>
    <message>
        <source>Sort by what helps me</source>
        <translation>Nach dem sortieren, was mir hilft</translation>
    </message>
    <message>
        <source>Ideas you rated as most helpful in your journal first (tried at least three times).</source>
        <translation>Zuerst die Ideen, die in deinem Tagebuch am hilfreichsten bewertet wurden (mindestens dreimal versucht).</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Ideen</translation>
    </message>
</context>
<context>
    <name>mooring::ToolboxScreen</name>
    <message>
        <source>My coping toolbox</source>
        <translation>Mein Werkzeugkasten</translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation>„%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Favourites are put in order under Favourites (Ctrl+1).</source>
        <translation>Die Reihenfolge der Favoriten legst du unter „Favoriten“ fest (Strg+1).</translation>
    </message>
    <message>
        <source>“%1” is hidden. Ctrl+Z brings it back, and so does “Show hidden ideas”.</source>
        <translation>„%1“ ist ausgeblendet. Strg+Z holt die Idee zurück, ebenso „Ausgeblendete Ideen zeigen“.</translation>
    </message>
    <message>
        <source>Ideas that come with Mooring can&apos;t be deleted, but you can hide them (Ctrl+H).</source>
        <translation>Ideen, die mit Mooring kommen, lassen sich nicht löschen, aber du kannst sie ausblenden (Strg+H).</translation>
    </message>
    <message>
        <source>“%1” is deleted. Ctrl+Z brings it back.</source>
        <translation>„%1“ ist gelöscht. Strg+Z holt die Idee zurück.</translation>
    </message>
    <message>
        <source>“%1” and what it kept are deleted. Ctrl+Z brings all of it back.</source>
        <translation>„%1“ ist gelöscht, mit allem, was die Idee aufbewahrt hat. Strg+Z holt alles zurück.</translation>
    </message>
    <message>
        <source>all your ideas</source>
        <translation>alle deine Ideen</translation>
    </message>
</context>
<context>
    <name>mooring::TrayReminders</name>
    <message>
        <source>Check in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>I need help now</source>
        <translation>Ich brauche jetzt Hilfe</translation>
    </message>
    <message>
        <source>Pause reminders for a week</source>
        <translation>Erinnerungen eine Woche lang pausieren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Mooring</source>
        <translation>Mooring</translation>
    </message>
    <message>
        <source>A moment to check in, if you would like to.</source>
        <translation>Ein Moment für deinen Check-in, wenn du magst.</translation>
    </message>
    <message>
        <source>A moment to look back at your week, if you would like to.</source>
        <translation>Ein Moment für den Blick auf deine Woche, wenn du magst.</translation>
    </message>
</context>
<context>
    <name>mooring::TriedField</name>
    <message>
        <source>Something I tried</source>
        <translation>Etwas, das ich versucht habe</translation>
    </message>
    <message>
        <source>My ideas…</source>
        <translation>Meine Ideen…</translation>
    </message>
    <message>
        <source>Add what I tried</source>
        <translation>Hinzufügen, was ich versucht habe</translation>
    </message>
    <message>
        <source>Helped:</source>
        <translation>Geholfen:</translation>
    </message>
    <message>
        <source>not sure</source>
        <translation>weiß nicht</translation>
    </message>
    <message>
        <source> of 10</source>
        <translation> von 10</translation>
    </message>
    <message>
        <source>How much did “%1” help, from 0 to 10</source>
        <translation>Wie sehr hat „%1“ geholfen, von 0 bis 10</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
</context>
<context>
    <name>mooring::TryIdeaPanel</name>
    <message>
        <source>The built-in coping ideas are missing from this copy of Mooring.</source>
        <translation>In dieser Kopie von Mooring fehlen die mitgelieferten Ideen.</translation>
    </message>
    <message>
        <source>For the senses</source>
        <translation>Für die Sinne</translation>
    </message>
    <message>
        <source>To take your mind elsewhere</source>
        <translation>Um an etwas anderes zu denken</translation>
    </message>
    <message>
        <source>To let feelings out</source>
        <translation>Um Gefühle rauszulassen</translation>
    </message>
    <message>
        <source>Comforting yourself</source>
        <translation>Dich selbst trösten</translation>
    </message>
    <message>
        <source>From your safety box</source>
        <translation>Aus deinem Notfallkoffer</translation>
    </message>
    <message>
        <source>Try something</source>
        <translation>Etwas ausprobieren</translation>
    </message>
    <message>
        <source>Here is one idea. If it doesn&apos;t fit right now, ask for another. There is no wrong choice.</source>
        <translation>Hier ist eine Idee. Wenn sie gerade nicht passt, lass dir eine andere zeigen. Es gibt keine falsche Wahl.</translation>
    </message>
    <message>
        <source>Kind of idea</source>
        <translation>Art der Idee</translation>
    </message>
    <message>
        <source>Any kind of idea</source>
        <translation>Jede Art von Idee</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>Another idea</source>
        <translation>Eine andere Idee</translation>
    </message>
    <message>
        <source>Show another idea</source>
        <translation>Eine andere Idee zeigen</translation>
    </message>
</context>
<context>
    <name>mooring::UnlockScreen</name>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>&amp;Neue Passphrase</translation>
    </message>
    <message>
        <source>Please type your passphrase first.</source>
        <translation>Bitte gib zuerst deine Passphrase ein.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <source>Please type your recovery code first.</source>
        <translation>Bitte gib zuerst deinen Wiederherstellungscode ein.</translation>
    </message>
    <message>
        <source>Setting your new passphrase…</source>
        <translation>Deine neue Passphrase wird festgelegt…</translation>
    </message>
    <message>
        <source>Understand self-harm and recovery</source>
        <translation>Selbstverletzung und Genesung verstehen</translation>
    </message>
    <message>
        <source>Some backups were not updated</source>
        <translation>Einige Sicherungen wurden nicht angepasst</translation>
    </message>
</context>
<context>
    <name>mooring::UnlockedScreens</name>
    <message>
        <source>Check in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>A few moments for how today is going. Ctrl+K opens it from anywhere.</source>
        <translation>Ein paar Momente dafür, wie der Tag heute ist. Strg+K öffnet ihn von überall.</translation>
    </message>
    <message>
        <source>My coping toolbox</source>
        <translation>Mein Werkzeugkasten</translation>
    </message>
    <message>
        <source>Things to do instead when the urge comes, and your safety box.</source>
        <translation>Was du stattdessen tun kannst, wenn der Drang kommt, und dein Notfallkoffer.</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Mein Sicherheitsplan</translation>
    </message>
    <message>
        <source>The steps to follow when things get hard, made with care ahead of time.</source>
        <translation>Die Schritte für schwere Zeiten, in Ruhe vorbereitet.</translation>
    </message>
    <message>
        <source>My journal</source>
        <translation>Mein Tagebuch</translation>
    </message>
    <message>
        <source>What happened before an urge and what helped. Ctrl+J starts a new entry from anywhere.</source>
        <translation>Was vor dem Drang passiert ist und was geholfen hat. Strg+J beginnt von überall einen neuen Eintrag.</translation>
    </message>
    <message>
        <source>Kept when Mooring locked by itself</source>
        <translation>Aufbewahrt, als Mooring sich von selbst gesperrt hat</translation>
    </message>
    <message>
        <source>Understand self-harm and recovery</source>
        <translation>Selbstverletzung und Genesung verstehen</translation>
    </message>
    <message>
        <source>Short pages in plain words, for you and the people around you.</source>
        <translation>Kurze Seiten in einfachen Worten, für dich und die Menschen um dich herum.</translation>
    </message>
    <message>
        <source>My week</source>
        <translation>Meine Woche</translation>
    </message>
    <message>
        <source>A look back at the week: patterns, what helped, and a note for what you want to change. Printable for your next session.</source>
        <translation>Ein Blick zurück auf die Woche: Muster, was geholfen hat, und eine Notiz dazu, was du ändern möchtest. Zum Ausdrucken für deinen nächsten Termin.</translation>
    </message>
    <message>
        <source>Where I am in recovery</source>
        <translation>Wo ich auf meinem Weg stehe</translation>
    </message>
    <message>
        <source>Say where you feel you are, in your own words, with ideas for next steps.</source>
        <translation>Sag in deinen eigenen Worten, wo du dich gerade siehst, mit Ideen für nächste Schritte.</translation>
    </message>
    <message>
        <source>I had a setback</source>
        <translation>Ich hatte einen Rückschlag</translation>
    </message>
    <message>
        <source>Care for right now, your plan and your people, and later, if you like, a gentle look back.</source>
        <translation>Fürsorge für jetzt gleich, dein Plan und deine Menschen und später, wenn du magst, ein behutsamer Blick zurück.</translation>
    </message>
    <message>
        <source>Settings shows how much room Mooring takes.</source>
        <translation>In den Einstellungen siehst du, wie viel Platz Mooring braucht.</translation>
    </message>
</context>
<context>
    <name>mooring::UrgeField</name>
    <message>
        <source>How strong was the urge, from 0 to 10</source>
        <translation>Wie stark war der Drang, von 0 bis 10</translation>
    </message>
    <message>
        <source>choose</source>
        <translation>auswählen</translation>
    </message>
    <message>
        <source>Urge strength, a number from 0 to 10</source>
        <translation>Stärke des Drangs, eine Zahl von 0 bis 10</translation>
    </message>
    <message>
        <source>0 none</source>
        <translation>0 keiner</translation>
    </message>
    <message>
        <source>10 strongest</source>
        <translation>10 am stärksten</translation>
    </message>
    <message>
        <source>Not chosen yet.</source>
        <translation>Noch nicht ausgewählt.</translation>
    </message>
</context>
<context>
    <name>mooring::UrgeHistogram</name>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>How strong the urge was (0 to 10)</source>
        <translation>Wie stark der Drang war (0 bis 10)</translation>
    </message>
</context>
<context>
    <name>mooring::UrgeTimerPanel</name>
    <message>
        <source>Ride out the urge</source>
        <translation>Den Drang abwarten</translation>
    </message>
    <message>
        <source>An urge is like a wave: it rises, peaks and eases. Urges often ease within minutes; sometimes they take longer, and they can come back. That&apos;s okay. You don&apos;t have to act on it. Let&apos;s wait it out together.</source>
        <translation>Ein Drang ist wie eine Welle: Er steigt, erreicht einen Höhepunkt und ebbt wieder ab. Oft lässt er innerhalb von Minuten nach; manchmal dauert es länger, und er kann wiederkommen. Das ist in Ordnung. Du musst ihm nicht folgen. Lass uns gemeinsam abwarten.</translation>
    </message>
    <message>
        <source>How long would you like to start with? You can add more time.</source>
        <translation>Mit wie viel Zeit möchtest du anfangen? Du kannst später mehr hinzufügen.</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start a timer of %n minutes</source>
        <translation>
            <numerusform>Einen Timer mit %n Minute starten</numerusform>
            <numerusform>Einen Timer mit %n Minuten starten</numerusform>
        </translation>
    </message>
    <message>
        <source>Time passed</source>
        <translation>Vergangene Zeit</translation>
    </message>
    <message>
        <source>Has the urge eased a little?</source>
        <translation>Ist der Drang etwas schwächer geworden?</translation>
    </message>
    <message>
        <source>Yes, a little</source>
        <translation>Ja, ein bisschen</translation>
    </message>
    <message>
        <source>Yes, the urge has eased a little</source>
        <translation>Ja, der Drang ist etwas schwächer geworden</translation>
    </message>
    <message>
        <source>Not yet: add 5 minutes</source>
        <translation>Noch nicht: 5 Minuten mehr</translation>
    </message>
    <message>
        <source>Not yet. Add 5 more minutes</source>
        <translation>Noch nicht. 5 Minuten hinzufügen</translation>
    </message>
    <message>
        <source>Good. Keep going, you&apos;re doing it.</source>
        <translation>Gut. Mach weiter, du schaffst das gerade.</translation>
    </message>
    <message>
        <source>That&apos;s okay. It takes the time it takes. Five more minutes, together.</source>
        <translation>Das ist in Ordnung. Es dauert so lange, wie es dauert. Noch fünf Minuten, gemeinsam.</translation>
    </message>
    <message>
        <source>Add 5 minutes</source>
        <translation>5 Minuten mehr</translation>
    </message>
    <message>
        <source>Add 5 minutes to the timer</source>
        <translation>5 Minuten zum Timer hinzufügen</translation>
    </message>
    <message>
        <source>Stop the timer</source>
        <translation>Den Timer anhalten</translation>
    </message>
    <message>
        <source>The time is up. You stayed with it. How did it go?</source>
        <translation>Die Zeit ist um. Du bist drangeblieben. Wie ist es gelaufen?</translation>
    </message>
    <message>
        <source>It passed</source>
        <translation>Er ist vorbeigegangen</translation>
    </message>
    <message>
        <source>I got through it</source>
        <translation>Ich habe es durchgestanden</translation>
    </message>
    <message>
        <source>It&apos;s still hard</source>
        <translation>Es ist noch schwer</translation>
    </message>
    <message>
        <source>Give me 5 more minutes</source>
        <translation>Gib mir noch 5 Minuten</translation>
    </message>
    <message>
        <source>Talk to someone now</source>
        <translation>Jetzt mit jemandem reden</translation>
    </message>
    <message>
        <source>Start another timer</source>
        <translation>Einen neuen Timer starten</translation>
    </message>
    <message>
        <source>Save this in my journal</source>
        <translation>In meinem Tagebuch festhalten</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes passed</source>
        <translation>
            <numerusform>%n Minute vergangen</numerusform>
            <numerusform>%n Minuten vergangen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute passed</source>
        <translation>1 Minute vergangen</translation>
    </message>
    <message numerus="yes">
        <source>passed, of %n minutes</source>
        <translation>
            <numerusform>vergangen, von %n Minute</numerusform>
            <numerusform>vergangen, von %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>It passed. You let the wave go by. Take a moment to notice how that feels.</source>
        <translation>Er ist vorbeigegangen. Du hast die Welle vorüberziehen lassen. Nimm dir einen Moment, um zu spüren, wie sich das anfühlt.</translation>
    </message>
    <message>
        <source>You got through it. That took strength, even if it didn&apos;t feel like it.</source>
        <translation>Du hast es durchgestanden. Das hat Kraft gekostet, auch wenn es sich nicht so angefühlt hat.</translation>
    </message>
    <message>
        <source>That&apos;s okay. When it is still hard, talking to someone can help. You don&apos;t have to explain everything.</source>
        <translation>Das ist in Ordnung. Wenn es noch schwer ist, kann es helfen, mit jemandem zu reden. Du musst nicht alles erklären.</translation>
    </message>
    <message>
        <source>This feeling is strong, and it is already changing.</source>
        <translation>Dieses Gefühl ist stark, und es verändert sich schon.</translation>
    </message>
    <message>
        <source>You are doing something hard right now, and you are doing it.</source>
        <translation>Du tust gerade etwas Schweres, und du schaffst es.</translation>
    </message>
    <message>
        <source>Urges rise, peak and ease, like waves. This one can ease too, in its own time.</source>
        <translation>Ein Drang steigt, erreicht einen Höhepunkt und lässt nach, wie eine Welle. Auch dieser kann nachlassen, in seiner eigenen Zeit.</translation>
    </message>
    <message>
        <source>Breathe out slowly. You only need to get through this minute.</source>
        <translation>Atme langsam aus. Du musst nur durch diese eine Minute kommen.</translation>
    </message>
    <message>
        <source>You have got through hard moments before.</source>
        <translation>Du hast schon früher schwere Momente durchgestanden.</translation>
    </message>
    <message>
        <source>It&apos;s okay to feel this. Feelings pass, even big ones.</source>
        <translation>Es ist in Ordnung, das zu fühlen. Gefühle gehen vorbei, auch große.</translation>
    </message>
    <message>
        <source>Be as kind to yourself as you would be to a friend right now.</source>
        <translation>Sei gerade so freundlich zu dir, wie du es zu einem Freund oder einer Freundin wärst.</translation>
    </message>
    <message>
        <source>Some waves take longer than others. You are getting through this one, minute by minute.</source>
        <translation>Manche Wellen dauern länger als andere. Du kommst durch diese hindurch, Minute für Minute.</translation>
    </message>
</context>
<context>
    <name>mooring::VoiceNoteDialog</name>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Aufnehmen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>Abs&amp;pielen</translation>
    </message>
    <message>
        <source>Record a voice note</source>
        <translation>Sprachnachricht aufnehmen</translation>
    </message>
    <message>
        <source>Your own voice, or someone who cares about you, saying something kind to hear on a hard day. Up to %1 minutes.</source>
        <translation>Deine eigene Stimme oder die von jemandem, dem du wichtig bist: etwas Freundliches für einen schweren Tag. Bis zu %1 Minuten.</translation>
    </message>
    <message>
        <source>Sound level</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>For example “Me, on a good day”</source>
        <translation>Zum Beispiel „Ich, an einem guten Tag“</translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation>&amp;Beschriftung</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Speic&amp;hern</translation>
    </message>
    <message>
        <source>your voice note</source>
        <translation>deine Sprachnachricht</translation>
    </message>
    <message>
        <source>%1 of up to %2</source>
        <translation>%1 von bis zu %2</translation>
    </message>
    <message>
        <source>&amp;Record again</source>
        <translation>&amp;Neu aufnehmen</translation>
    </message>
    <message>
        <source>Mooring can&apos;t find a microphone or a sound system to record with.</source>
        <translation>Mooring findet kein Mikrofon und kein Tonsystem zum Aufnehmen.</translation>
    </message>
    <message>
        <source>%1 Photos and sound files can still be added.</source>
        <translation>%1 Fotos und Tondateien kannst du trotzdem hinzufügen.</translation>
    </message>
</context>
<context>
    <name>mooring::WarningSignOffer</name>
    <message>
        <source>Add to my &amp;warning signs…</source>
        <translation>Zu meinen &amp;Warnzeichen hinzufügen…</translation>
    </message>
    <message>
        <source>Opens your safety plan with it filled in. Nothing is saved until you choose to.</source>
        <translation>Öffnet deinen Sicherheitsplan mit diesem Punkt schon eingetragen. Gespeichert wird erst, wenn du es willst.</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Jetzt nicht</translation>
    </message>
    <message>
        <source>Add “%1” to my warning signs</source>
        <translation>„%1“ zu meinen Warnzeichen hinzufügen</translation>
    </message>
    <message>
        <source>Not now, for “%1”</source>
        <translation>Jetzt nicht, für „%1“</translation>
    </message>
</context>
<context>
    <name>mooring::exportJson</name>
    <message>
        <source>expected “full” or “plan”, got “%1”</source>
        <translation>erwartet war „full“ oder „plan“, gefunden wurde „%1“</translation>
    </message>
    <message>
        <source>the week %1 appears more than once in this file</source>
        <translation>die Woche %1 kommt in dieser Datei mehr als einmal vor</translation>
    </message>
    <message>
        <source>expected a region code Mooring knows (such as US, UK, DE or OTHER), got “%1”</source>
        <translation>erwartet war ein Regionscode, den Mooring kennt (etwa US, UK, DE oder OTHER), gefunden wurde „%1“</translation>
    </message>
    <message>
        <source>not a field of a Mooring export</source>
        <translation>kein Feld eines Mooring-Exports</translation>
    </message>
    <message>
        <source>not a field of the settings</source>
        <translation>kein Feld der Einstellungen</translation>
    </message>
    <message>
        <source>not a field of the safety plan</source>
        <translation>kein Feld des Sicherheitsplans</translation>
    </message>
    <message>
        <source>not part of a plan-only export (its content is “plan”)</source>
        <translation>gehört nicht in einen Export nur des Plans (sein content ist „plan“)</translation>
    </message>
    <message>
        <source>the day %1 has more than one check-in in this file</source>
        <translation>der Tag %1 hat in dieser Datei mehr als einen Check-in</translation>
    </message>
</context>
<context>
    <name>mooring::exportRead</name>
    <message>
        <source>not a field of something tried</source>
        <translation>kein Feld von etwas Ausprobiertem</translation>
    </message>
    <message>
        <source>expected either a strategy_id or a text (one of the two)</source>
        <translation>erwartet war entweder eine strategy_id oder ein text (eins von beiden)</translation>
    </message>
    <message>
        <source>expected true, false or null, got %1</source>
        <translation>erwartet war wahr, falsch oder null, gefunden wurde %1</translation>
    </message>
    <message>
        <source>expected a number of hours from 0 to 24, or null</source>
        <translation>erwartet war eine Zahl von Stunden von 0 bis 24 oder null</translation>
    </message>
    <message>
        <source>not a field of something that helped</source>
        <translation>kein Feld von etwas, das geholfen hat</translation>
    </message>
    <message>
        <source>expected the id of an idea (a UUID), got “%1”</source>
        <translation>erwartet war die ID einer Idee (eine UUID), gefunden wurde „%1“</translation>
    </message>
    <message>
        <source>not a field of a contact</source>
        <translation>kein Feld eines Kontakts</translation>
    </message>
    <message>
        <source>expected one of friend, family, professional, service, other; got “%1”</source>
        <translation>erwartet war friend, family, professional, service oder other; gefunden wurde „%1“</translation>
    </message>
    <message>
        <source>not a field of a helpline</source>
        <translation>kein Feld eines Hilfetelefons</translation>
    </message>
    <message>
        <source>expected a region code Mooring knows (such as US, UK, DE or OTHER), got “%1”</source>
        <translation>erwartet war ein Regionscode, den Mooring kennt (etwa US, UK, DE oder OTHER), gefunden wurde „%1“</translation>
    </message>
    <message>
        <source>expected a phone number, got “%1”</source>
        <translation>erwartet war eine Telefonnummer, gefunden wurde „%1“</translation>
    </message>
    <message>
        <source>not a field of an idea</source>
        <translation>kein Feld einer Idee</translation>
    </message>
    <message>
        <source>expected one of sensory, distraction, emotional_release, self_soothing, safety_box; got “%1”</source>
        <translation>erwartet war sensory, distraction, emotional_release, self_soothing oder safety_box; gefunden wurde „%1“</translation>
    </message>
    <message>
        <source>does not belong to the id %1</source>
        <translation>gehört nicht zur ID %1</translation>
    </message>
    <message>
        <source>not a field of a plan version</source>
        <translation>kein Feld einer Planfassung</translation>
    </message>
    <message>
        <source>not a section of the safety plan</source>
        <translation>kein Abschnitt des Sicherheitsplans</translation>
    </message>
    <message>
        <source>not a field of a journal entry</source>
        <translation>kein Feld eines Tagebucheintrags</translation>
    </message>
    <message>
        <source>expected one of passed, coped, acted; got “%1”</source>
        <translation>erwartet war passed, coped oder acted; gefunden wurde „%1“</translation>
    </message>
    <message>
        <source>not a field of a week note</source>
        <translation>kein Feld einer Wochennotiz</translation>
    </message>
    <message>
        <source>expected a date like 2026-11-16, got “%1”</source>
        <translation>erwartet war ein Datum wie 2026-11-16, gefunden wurde „%1“</translation>
    </message>
    <message>
        <source>not a field of a setback reflection</source>
        <translation>kein Feld eines Rückblicks auf einen Rückschlag</translation>
    </message>
    <message>
        <source>expected the id of a journal entry (a UUID), got “%1”</source>
        <translation>erwartet war die ID eines Tagebucheintrags (eine UUID), gefunden wurde „%1“</translation>
    </message>
    <message>
        <source>not a field of “Where I am in recovery”</source>
        <translation>kein Feld von „Wo ich auf meinem Weg stehe“</translation>
    </message>
    <message>
        <source>expected one of noticing, learning, keeping; got “%1”</source>
        <translation>erwartet war noticing, learning oder keeping; gefunden wurde „%1“</translation>
    </message>
    <message>
        <source>not a field of a check-in</source>
        <translation>kein Feld eines Check-ins</translation>
    </message>
    <message>
        <source>not a field of self-care</source>
        <translation>kein Feld der Selbstfürsorge</translation>
    </message>
    <message>
        <source>%1: this is needed but missing</source>
        <translation>%1: das wird gebraucht, fehlt aber</translation>
    </message>
    <message>
        <source>not a field of a medium&apos;s place</source>
        <translation>kein Feld des Ortes eines Fotos oder Tons</translation>
    </message>
    <message>
        <source>%1: expected either a strategy_id or the plan_section “%2” (one of the two)</source>
        <translation>%1: erwartet war entweder eine strategy_id oder die plan_section „%2“ (eines von beiden)</translation>
    </message>
    <message>
        <source>%1: expected “%2”, got “%3”</source>
        <translation>%1: erwartet war „%2“, gefunden wurde „%3“</translation>
    </message>
    <message>
        <source>%1: no idea with the id %2 is in this file</source>
        <translation>%1: in dieser Datei gibt es keine Idee mit der ID %2</translation>
    </message>
    <message>
        <source>%1: the idea %2 is not in the safety box, where photos and sounds are kept</source>
        <translation>%1: die Idee %2 ist nicht im Notfallkoffer, wo Fotos und Töne aufbewahrt werden</translation>
    </message>
    <message>
        <source>%1: its bytes are missing (expected them as base64 text)</source>
        <translation>%1: die Daten fehlen (erwartet als Base64-Text)</translation>
    </message>
    <message>
        <source>%1: its bytes are not readable base64 text</source>
        <translation>%1: die Daten sind kein lesbarer Base64-Text</translation>
    </message>
    <message>
        <source>%1: expected at most %L2 bytes, got %L3</source>
        <translation>%1: erwartet waren höchstens %L2 Bytes, gefunden wurden %L3</translation>
    </message>
    <message>
        <source>%1: its bytes are not the ones this file says (their SHA-256 differs); the file may be damaged</source>
        <translation>%1: die Daten sind nicht die, die diese Datei angibt (ihr SHA-256 weicht ab); die Datei ist vielleicht beschädigt</translation>
    </message>
    <message>
        <source>%1: its bytes are not in the format it names (%2)</source>
        <translation>%1: die Daten haben nicht das angegebene Format (%2)</translation>
    </message>
    <message>
        <source>not a field of a photo or sound</source>
        <translation>kein Feld eines Fotos oder Tons</translation>
    </message>
    <message>
        <source>%1: expected “photo”, “recording” or “sound”, got “%2”</source>
        <translation>%1: erwartet war „photo“, „recording“ oder „sound“, gefunden wurde „%2“</translation>
    </message>
    <message>
        <source>%1: expected a format Mooring can show or play (%2), got “%3”</source>
        <translation>%1: erwartet war ein Format, das Mooring zeigen oder abspielen kann (%2), gefunden wurde „%3“</translation>
    </message>
    <message>
        <source>%1: a photo is kept as image/jpeg or image/png, not “%2”</source>
        <translation>%1: ein Foto wird als image/jpeg oder image/png aufbewahrt, nicht als „%2“</translation>
    </message>
    <message>
        <source>%1: a recording or sound is kept as audio/ogg or audio/wav, not “%2”</source>
        <translation>%1: eine Aufnahme oder ein Ton wird als audio/ogg oder audio/wav aufbewahrt, nicht als „%2“</translation>
    </message>
    <message>
        <source>%1: expected at most %L2 characters, got %L3</source>
        <translation>%1: erwartet waren höchstens %L2 Zeichen, gefunden wurden %L3</translation>
    </message>
    <message>
        <source>%1: expected 64 lower-case hexadecimal digits (a SHA-256)</source>
        <translation>%1: erwartet waren 64 kleingeschriebene Hexadezimalziffern (ein SHA-256)</translation>
    </message>
    <message>
        <source>a photo without a caption</source>
        <translation>ein Foto ohne Beschriftung</translation>
    </message>
    <message>
        <source>a recording without a caption</source>
        <translation>eine Aufnahme ohne Beschriftung</translation>
    </message>
    <message>
        <source>a sound without a caption</source>
        <translation>ein Ton ohne Beschriftung</translation>
    </message>
    <message>
        <source>the photo “%1”</source>
        <translation>das Foto „%1“</translation>
    </message>
    <message>
        <source>the recording “%1”</source>
        <translation>die Aufnahme „%1“</translation>
    </message>
    <message>
        <source>the sound “%1”</source>
        <translation>der Ton „%1“</translation>
    </message>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (ID %2)</translation>
    </message>
</context>
<context>
    <name>mooring::journaltext</name>
    <message>
        <source>The urge passed</source>
        <translation>Der Drang ist vorbeigegangen</translation>
    </message>
    <message>
        <source>I got through it another way</source>
        <translation>Ich habe ihn auf andere Weise überstanden</translation>
    </message>
    <message>
        <source>I acted on it</source>
        <translation>Ich bin dem Drang gefolgt</translation>
    </message>
    <message>
        <source>Urge %1 of 10</source>
        <translation>Drang %1 von 10</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>Only the urge noted</source>
        <translation>Nur den Drang notiert</translation>
    </message>
    <message>
        <source>Felt: %1</source>
        <translation>Gefühlt: %1</translation>
    </message>
    <message>
        <source>Set off by: %1</source>
        <translation>Ausgelöst durch: %1</translation>
    </message>
    <message>
        <source>Tried 1 thing</source>
        <translation>1 Sache versucht</translation>
    </message>
    <message>
        <source>Tried %1 things</source>
        <translation>%1 Sachen versucht</translation>
    </message>
</context>
<context>
    <name>mooring::jsonRead</name>
    <message>
        <source>nothing (null)</source>
        <translation>nichts (null)</translation>
    </message>
    <message>
        <source>a record</source>
        <translation>ein Datensatz</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>wahr oder falsch</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number with a fraction</source>
        <translation>eine Kommazahl</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <source>expected a list, got %1</source>
        <translation>erwartet war eine Liste, gefunden wurde %1</translation>
    </message>
    <message>
        <source>expected a record, got %1</source>
        <translation>erwartet war ein Datensatz, gefunden wurde %1</translation>
    </message>
</context>
<context>
    <name>mooring::jsonRead::Fields</name>
    <message>
        <source>this is needed but missing</source>
        <translation>das wird gebraucht, fehlt aber</translation>
    </message>
    <message>
        <source>expected text, got %1</source>
        <translation>erwartet war Text, gefunden wurde %1</translation>
    </message>
    <message>
        <source>expected at most %L1 characters, got %L2</source>
        <translation>erwartet waren höchstens %L1 Zeichen, gefunden wurden %L2</translation>
    </message>
    <message>
        <source>this is needed but empty</source>
        <translation>das wird gebraucht, ist aber leer</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2, got %3</source>
        <translation>erwartet war eine ganze Zahl von %1 bis %2, gefunden wurde %3</translation>
    </message>
    <message>
        <source>expected %1–%2, got %3</source>
        <translation>erwartet war %1–%2, gefunden wurde %3</translation>
    </message>
    <message>
        <source>expected true or false, got %1</source>
        <translation>erwartet war wahr oder falsch, gefunden wurde %1</translation>
    </message>
    <message>
        <source>expected a time like 2026-11-20T21:40:00+01:00, got “%1”</source>
        <translation>erwartet war eine Zeit wie 2026-11-20T21:40:00+01:00, gefunden wurde „%1“</translation>
    </message>
    <message>
        <source>expected a list of texts, got %1</source>
        <translation>erwartet war eine Liste von Texten, gefunden wurde %1</translation>
    </message>
    <message>
        <source>expected a record, got %1</source>
        <translation>erwartet war ein Datensatz, gefunden wurde %1</translation>
    </message>
    <message>
        <source>expected an id like 0b6a1c1e-5f0e-4d2a-9a57-6b1b5d7f0001 (a UUID), got “%1”</source>
        <translation>erwartet war eine ID wie 0b6a1c1e-5f0e-4d2a-9a57-6b1b5d7f0001 (eine UUID), gefunden wurde „%1“</translation>
    </message>
</context>
<context>
    <name>mooring::planSections</name>
    <message>
        <source>Warning signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Things I can do on my own</source>
        <translation>Was ich allein tun kann</translation>
    </message>
    <message>
        <source>People and places that take my mind off things</source>
        <translation>Menschen und Orte, die mich auf andere Gedanken bringen</translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation>Menschen, die ich um Hilfe bitten kann</translation>
    </message>
    <message>
        <source>Professionals and services</source>
        <translation>Fachleute und Beratungsstellen</translation>
    </message>
    <message>
        <source>Making my surroundings safer</source>
        <translation>Meine Umgebung sicherer machen</translation>
    </message>
    <message>
        <source>What matters to me and is worth living for</source>
        <translation>Was mir wichtig ist und wofür es sich zu leben lohnt</translation>
    </message>
    <message>
        <source>What tells you a hard time is starting? Think of thoughts, feelings, places or moments that come before it.</source>
        <translation>Woran merkst du, dass eine schwere Zeit beginnt? Denk an Gedanken, Gefühle, Orte oder Momente, die davor kommen.</translation>
    </message>
    <message>
        <source>What can you do by yourself to feel a little calmer or to get through the next few minutes?</source>
        <translation>Was kannst du allein tun, um etwas ruhiger zu werden oder durch die nächsten Minuten zu kommen?</translation>
    </message>
    <message>
        <source>Who can you be around, or where can you go, that helps you think about something else for a while? You don&apos;t have to talk about how you feel.</source>
        <translation>Bei wem kannst du sein oder wohin kannst du gehen, damit du eine Weile an etwas anderes denkst? Du musst nicht darüber reden, wie es dir geht.</translation>
    </message>
    <message>
        <source>Who could you tell that you&apos;re having a hard time? Add their number so it&apos;s ready when you need it.</source>
        <translation>Wem könntest du sagen, dass es dir gerade schlecht geht? Trag die Nummer ein, damit sie bereitliegt, wenn du sie brauchst.</translation>
    </message>
    <message>
        <source>Which professionals or services can you contact? Your doctor, your therapist, a helpline, an out-of-hours service, and in an emergency your emergency number or the nearest emergency department.</source>
        <translation>An welche Fachleute oder Stellen kannst du dich wenden? Deine Hausarztpraxis, deine Therapeutin oder dein Therapeut, ein Hilfetelefon, ein Bereitschaftsdienst und im Notfall der Notruf oder die nächste Notaufnahme.</translation>
    </message>
    <message>
        <source>What could you put out of easy reach, or ask someone to keep for you, during a hard time? Where could you go to be safer? Small steps count.</source>
        <translation>Was könntest du in einer schweren Zeit außer Reichweite bringen oder von jemandem für dich aufbewahren lassen? Wohin könntest du gehen, um sicherer zu sein? Auch kleine Schritte zählen.</translation>
    </message>
    <message>
        <source>What matters to you? People, pets, plans, places or things you care about and look forward to.</source>
        <translation>Was ist dir wichtig? Menschen, Tiere, Pläne, Orte oder Dinge, die dir am Herzen liegen und auf die du dich freust.</translation>
    </message>
    <message>
        <source>I stop answering messages</source>
        <translation>Ich antworte nicht mehr auf Nachrichten</translation>
    </message>
    <message>
        <source>I tell myself nobody would notice</source>
        <translation>Ich sage mir, dass es niemandem auffallen würde</translation>
    </message>
    <message>
        <source>Cool my hands under running water and breathe slowly</source>
        <translation>Meine Hände unter fließendem Wasser kühlen und langsam atmen</translation>
    </message>
    <message>
        <source>Play my calm playlist loud</source>
        <translation>Meine ruhige Playlist laut hören</translation>
    </message>
    <message>
        <source>Sit in the café on the corner</source>
        <translation>Im Café an der Ecke sitzen</translation>
    </message>
    <message>
        <source>Call my cousin about football</source>
        <translation>Meinen Cousin anrufen und über Fußball reden</translation>
    </message>
    <message>
        <source>Sam, my sister</source>
        <translation>Sam, meine Schwester</translation>
    </message>
    <message>
        <source>Alex from work</source>
        <translation>Alex von der Arbeit</translation>
    </message>
    <message>
        <source>My GP&apos;s surgery, ask at reception</source>
        <translation>Meine Hausarztpraxis, an der Anmeldung fragen</translation>
    </message>
    <message>
        <source>The night helpline</source>
        <translation>Das Krisentelefon für die Nacht</translation>
    </message>
    <message>
        <source>Ask someone to keep things for me for a while</source>
        <translation>Jemanden bitten, eine Zeit lang Dinge für mich aufzubewahren</translation>
    </message>
    <message>
        <source>Go to a room where other people are</source>
        <translation>In einen Raum gehen, in dem andere Menschen sind</translation>
    </message>
    <message>
        <source>My dog, Biscuit</source>
        <translation>Mein Hund Keks</translation>
    </message>
    <message>
        <source>Seeing the sea again next summer</source>
        <translation>Nächsten Sommer wieder das Meer sehen</translation>
    </message>
    <message>
        <source>The emergency number</source>
        <translation>Der Notruf</translation>
    </message>
    <message>
        <source>The emergency department at the nearest hospital</source>
        <translation>Die Notaufnahme im nächsten Krankenhaus</translation>
    </message>
    <message>
        <source>Put some things out of easy reach</source>
        <translation>Manche Dinge außer Reichweite bringen</translation>
    </message>
</context>
<context>
    <name>mooring::reviewtext</name>
    <message>
        <source>helped %1 of 10 on average</source>
        <translation>hat im Schnitt %1 von 10 geholfen</translation>
    </message>
    <message>
        <source>Once you have tried an idea at least three times and said how much it helped, it shows here, so you can see what tends to help you.</source>
        <translation>Sobald du eine Idee mindestens dreimal versucht und angegeben hast, wie sehr sie geholfen hat, erscheint sie hier. So siehst du, was dir meistens hilft.</translation>
    </message>
    <message>
        <source>“%1” came up in %2 of the last %3 weeks. If it tends to come before hard moments, you could add it to the warning signs in your safety plan. Only if it feels right to you.</source>
        <translation>„%1“ kam in %2 der letzten %3 Wochen vor. Wenn es oft vor schweren Momenten auftaucht, könntest du es zu den Warnzeichen in deinem Sicherheitsplan hinzufügen. Nur wenn es sich für dich richtig anfühlt.</translation>
    </message>
    <message>
        <source>Over all your entries, “%1” has helped you most so far: %2 of 10 on average, tried %3.</source>
        <translation>Über alle deine Einträge hat dir „%1“ bisher am meisten geholfen: im Schnitt %2 von 10, %3 versucht.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>week of %1: %2</source>
        <translation>Woche vom %1: %2</translation>
    </message>
    <message>
        <source>Urges written down each week over the last %1 weeks, oldest first.</source>
        <translation>Notierter Drang pro Woche in den letzten %1 Wochen, die älteste zuerst.</translation>
    </message>
    <message>
        <source>%1 at %2: one entry.</source>
        <translation>%1 um %2: ein Eintrag.</translation>
    </message>
    <message>
        <source>%1 at %2: %3 entries.</source>
        <translation>%1 um %2: %3 Einträge.</translation>
    </message>
</context>
<context>
    <name>mooring::sound::OggOpusWriter</name>
    <message>
        <source>The sound could not be prepared for keeping. Trying again may help.</source>
        <translation>Der Ton konnte nicht zum Aufbewahren vorbereitet werden. Ein neuer Versuch kann helfen.</translation>
    </message>
</context>
<context>
    <name>mooring::sound::PulseSink</name>
    <message>
        <source>Sound is set up to go to another computer over the network, and Mooring never uses the network.</source>
        <translation>Der Ton ist so eingerichtet, dass er über das Netzwerk an einen anderen Computer geht, und Mooring nutzt nie das Netzwerk.</translation>
    </message>
</context>
<context>
    <name>mooring::sound::RuntimeLibrary</name>
    <message>
        <source>A part Mooring needs for sound and reading aloud (%1) could not be loaded. Installing the package %2 should bring it back.</source>
        <translation>Ein Teil, den Mooring für Ton und Vorlesen braucht (%1), konnte nicht geladen werden. Wenn du das Paket %2 installierst, sollte es wieder gehen.</translation>
    </message>
</context>
<context>
    <name>mooring::sound::messages</name>
    <message>
        <source>Mooring can play sound files in Opus (.opus, .ogg) or WAV (.wav). A music program can save a copy of this one in one of those, and then it can come in here.</source>
        <translation>Mooring kann Tondateien in Opus (.opus, .ogg) oder WAV (.wav) abspielen. Ein Musikprogramm kann eine Kopie dieser Datei in einem der beiden speichern, und dann kann sie hier hinein.</translation>
    </message>
    <message>
        <source>This WAV file is saved in a way Mooring cannot play. A music program can save a copy as Opus or as an ordinary WAV file.</source>
        <translation>Diese WAV-Datei ist auf eine Art gespeichert, die Mooring nicht abspielen kann. Ein Musikprogramm kann eine Kopie als Opus oder als gewöhnliche WAV-Datei speichern.</translation>
    </message>
    <message>
        <source>This sound file seems to be damaged, so Mooring cannot play it.</source>
        <translation>Diese Tondatei scheint beschädigt zu sein, deshalb kann Mooring sie nicht abspielen.</translation>
    </message>
    <message>
        <source>This sound file is larger than 25 MB, more than Mooring keeps. A music program can save a shorter copy, or one in Opus, which is much smaller.</source>
        <translation>Diese Tondatei ist größer als 25 MB, mehr als Mooring aufbewahrt. Ein Musikprogramm kann eine kürzere Kopie speichern, oder eine in Opus, die viel kleiner ist.</translation>
    </message>
    <message>
        <source>This sound file has no sound in it.</source>
        <translation>In dieser Tondatei ist kein Ton.</translation>
    </message>
    <message>
        <source>No sound output was found on this computer.</source>
        <translation>Auf diesem Computer wurde keine Tonausgabe gefunden.</translation>
    </message>
    <message>
        <source>The sound output stopped answering, so the sound stopped. Playing it again may work.</source>
        <translation>Die Tonausgabe hat nicht mehr geantwortet, deshalb hat der Ton aufgehört. Wenn du ihn noch einmal abspielst, kann es gehen.</translation>
    </message>
    <message>
        <source>No sound system was found on this computer, so nothing can be recorded right now.</source>
        <translation>Auf diesem Computer wurde kein Tonsystem gefunden, deshalb kann gerade nichts aufgenommen werden.</translation>
    </message>
    <message>
        <source>No microphone was found. If one is plugged in, the computer&apos;s sound settings can show whether it is switched on.</source>
        <translation>Es wurde kein Mikrofon gefunden. Wenn eines angeschlossen ist, zeigen die Toneinstellungen des Computers, ob es eingeschaltet ist.</translation>
    </message>
    <message>
        <source>The microphone stopped answering, so the recording ended there. What was recorded until then is kept.</source>
        <translation>Das Mikrofon hat nicht mehr geantwortet, deshalb endet die Aufnahme dort. Was bis dahin aufgenommen wurde, bleibt erhalten.</translation>
    </message>
    <message>
        <source>The recording stopped by itself at %1, the longest a recording can be.</source>
        <translation>Die Aufnahme hat bei %1 von selbst aufgehört, so lang kann eine Aufnahme höchstens sein.</translation>
    </message>
</context>
<context>
    <name>mooring::speech::EspeakSpeaker</name>
    <message>
        <source>Mooring&apos;s own voice could not be started. Installing the package espeak-ng-data should bring it back.</source>
        <translation>Moorings eigene Stimme konnte nicht gestartet werden. Wenn du das Paket espeak-ng-data installierst, sollte sie wieder da sein.</translation>
    </message>
</context>
<context>
    <name>mooring::speech::LocalSpeechSocket</name>
    <message>
        <source>The system&apos;s speech service is set up to be reached over the network, and Mooring never uses the network.</source>
        <translation>Der Sprachdienst des Systems ist so eingerichtet, dass er über das Netzwerk erreicht wird, und Mooring nutzt nie das Netzwerk.</translation>
    </message>
    <message>
        <source>The system&apos;s speech service could not be found.</source>
        <translation>Der Sprachdienst des Systems wurde nicht gefunden.</translation>
    </message>
</context>
<context>
    <name>mooring::speech::SpeakerChoice</name>
    <message>
        <source>Reading aloud is not available on this computer right now. Everything it would read is still here on the screen.</source>
        <translation>Vorlesen ist auf diesem Computer gerade nicht möglich. Alles, was vorgelesen würde, steht weiterhin hier auf dem Bildschirm.</translation>
    </message>
</context>
<context>
    <name>mooring::speech::SpeechDispatcherSpeaker</name>
    <message>
        <source>The system&apos;s speech service is not running.</source>
        <translation>Der Sprachdienst des Systems läuft nicht.</translation>
    </message>
</context>
<context>
    <name>RoomWords</name>
    <message>
        <source>Your backups take %1, and %2 is still free on this disk. Your data and your backups are fine. So that the next backups have room, you could make some space on this disk, or move your profile to a larger one.</source>
        <translation>Deine Sicherungen brauchen %1, und auf diesem Datenträger sind noch %2 frei. Mit deinen Daten und Sicherungen ist alles in Ordnung. Damit die nächsten Sicherungen Platz haben, kannst du auf diesem Datenträger etwas Platz schaffen oder dein Profil auf einen größeren bringen.</translation>
    </message>
</context>
<context>
    <name>mooring::RoomSection</name>
    <message>
        <source>How much room Mooring takes</source>
        <translation>Wie viel Platz Mooring braucht</translation>
    </message>
    <message>
        <source>Working it out…</source>
        <translation>Wird ausgerechnet…</translation>
    </message>
    <message>
        <source>Your data: %1</source>
        <translation>Deine Daten: %1</translation>
    </message>
    <message>
        <source>Backups: none yet</source>
        <translation>Sicherungen: noch keine</translation>
    </message>
    <message>
        <source>Backups: %1, together %2</source>
        <translation>Sicherungen: %1, zusammen %2</translation>
    </message>
    <message>
        <source>Free on this disk: not known</source>
        <translation>Frei auf diesem Datenträger: unbekannt</translation>
    </message>
    <message>
        <source>Free on this disk: %1</source>
        <translation>Frei auf diesem Datenträger: %1</translation>
    </message>
</context>
</TS>
