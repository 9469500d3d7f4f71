<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase locks everything you keep here. A few words that mean something only to you work well, like a short sentence. Nobody else can look it up for you, so next you&apos;ll get a recovery code, just in case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>A few more characters, please: at least %1. A short sentence is easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common words and names are among the first things tried. A few unrelated words together are much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swapping letters for look-alike numbers (like 3 for e) adds less than it seems. Another word adds much more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard patterns such as “qwerty” are well known. Words that mean something only to you work better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs such as 쪼” or ሴ” are easy to guess. Try a few words instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated characters add little. Another word adds a lot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates and years are easy to guess, especially ones linked to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding another word or two makes it much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing typed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy to guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could be stronger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>My safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in danger right now, call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written. Please check there is space and that the folder can be written to, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDocument</name>
    <message>
        <source>Your Mooring recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code lets you back into Mooring and choose a new one. Keep this page somewhere private and safe, away from your computer: anyone who has both could open what you keep there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1. Capital letters or small, spaces or none: either works when you type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page could not be sent to the printer. Please check that it is switched on and try again; your recovery code is still on the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved there. The folder may be read-only or the disk full; please choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to where you live, display and privacy are saved as soon as you make them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;chooses the helplines shown under “I need help now”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less &amp;movement on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a plain window &amp;title (“Notes”) instead of “Mooring”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock by itself when not used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to home</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ToolboxText</name>
    <message>
        <source>Sensory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distraction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotional release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-soothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My safety box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A strong, safe feeling that brings you back when you feel numb: cold, a sharp taste, a strong smell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something that holds your attention until the urge passes. Urges rise and fall, often within a quarter of an hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A safe way to let anger or sadness out: words, colour, sound, movement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comfort and calm, the kind of care you would give a friend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The real things you keep ready, and where they are, so you can find them quickly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ideas that help you most, in your order. After you unlock, they are also on “I need help now”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys: Ctrl+N add · Enter edit · Ctrl+D favourite · Ctrl+↑↓ order · Ctrl+H hide · Del delete · Ctrl+Z undo · Ctrl+F search · Ctrl+1Ķ lists · Esc back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas from every family that mention “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches “%1” yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No favourites yet. Choose an idea in any family and press Ctrl+D (or ᳺvourite”) to keep it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. Think of real things that comfort you, like a soft blanket, photos, a letter to yourself or a favourite scent. Ctrl+N adds one, with where it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here yet. Ctrl+N adds an idea of your own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your passphrase to open Mooring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my &amp;recovery code instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when you set up Mooring, then choose a new passphrase. Capital or small letters, with or without spaces: any way works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set new passphrase and unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Mooring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mooring is a quiet place for your safety plan, the things that help you cope, and a private journal. Everything stays on this computer, encrypted with a passphrase only you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where do you live? This chooses the helplines Mooring shows you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mooring doesn&apos;t replace care from people. If you might be in danger right now, press “I need help now” at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring</name>
    <message>
        <source>An offline companion for recovery from self-harm. Everything stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the profile in DIR (a USB stick, say).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open straight onto &quot;I need help now&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [--profile DIR] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See “%1 %2 --help” for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [--profile DIR] COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See “%1 --help” for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mooring on the command line: the same encrypted profile, no window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile folder (otherwise MOORING_PROFILE, otherwise %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help; after a command, that command&apos;s help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrases and codes are read from the terminal without echo or, when standard input is not a terminal, one line each from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 bad usage, 2 wrong passphrase or code, 3 damaged or unreadable file, 4 could not write, 5 profile open elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the profile folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show this help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result could not be written to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was not enough memory to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected happened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is missing, so the database beside it cannot be opened. If you have a copy of the key file, put it back in this folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Mooring profile in %1. Use --profile to choose another folder, or “mooring-cli create” to make one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is empty. Please choose one, ideally a few words long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Nothing was changed; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: MOORING_INSECURE_FAST_KDF=1 is set, so the passphrase is protected only weakly. This is meant for tests; do not use it for a real profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the encryption, this takes a moment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a mooring-cli command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an option mooring-cli knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile was given more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile needs a folder, for example: --profile ~/mooring-profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 command has no option “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please name a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 command needs more arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 command does not take “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new profile and show its recovery code once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for a new passphrase twice, makes the encrypted profile and prints its recovery code on standard output. Write the code down and keep it somewhere safe: it opens the profile if the passphrase is forgotten. An existing profile is never replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a Mooring profile in %1, and it was left as it is. Use --profile to choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be made. Please check that the place is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your profile is ready in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below is your recovery code. Please write it down now and keep it somewhere safe: if you ever forget your passphrase, it is the way back in. It is shown only this once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery code could not be written to standard output, so the new profile was not kept. Nothing was changed; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase, or set a new one with the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for the current passphrase, then the new one twice. With --recovery, asks for the recovery code instead of the current passphrase. Only the key file is rewritten; your entries are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open with the recovery code instead of the current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is longer than %1 bytes; please use a shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was entered, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard input ended before every passphrase or code was given. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the profile and check that it is whole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks for the passphrase, then checks the key file, the database&apos;s integrity and its schema version. Prints what it found, and how many rows each table holds, on standard output. Nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged: its integrity check found problems. A backup may still hold your entries; please keep this folder as it is for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is at schema version %1, but this Mooring expects version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All is well: the profile opens, and its database is whole and up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in coping ideas could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a little long: please keep it to %1 characters (it is %2 now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give the idea a short title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time, day or night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>988 Lifeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call or text to talk with someone who will listen. Free, in the US and Canada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in danger right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samaritans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A free call to someone who will listen, whatever you are going through.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text SHOUT to 85258 if talking out loud feels like too much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS 111</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent help from the NHS when it is not an emergency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in danger right now. 999 works too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call to talk with someone who will listen, whatever is going on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2 characters long; it can hold up to %3. Please shorten it a little.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is %1 characters long; the limit is %2. Could you make it shorter, or split it into two items?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note can be up to %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section can hold up to %1 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported, and nothing was changed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(and %n more problem(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This file nests its data deeper than a Mooring export ever does, so it was not read. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Mooring export (it is not readable JSON, or it is damaged). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was made by another program, not by Mooring&apos;s export, so it cannot be imported. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number of 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was made by a newer Mooring (export format version %1); this Mooring reads version %2. Please update Mooring to import it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a record, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the id %1 appears more than once in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of friend, family, professional, service, other; got “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a short region code, got “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a phone number, got “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of sensory, distraction, emotional_release, self_soothing, safety_box; got “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not belong to the id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected either a strategy_id or a text (one of the two)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one of passed, coped, acted; got “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a date like 2026-11-16, got “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most %L1 entries in %2, got %L3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subheading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of Mooring&apos;s library is missing from this copy of the program. Reinstalling Mooring should bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mooring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hide “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show “%1” again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There isn&apos;t enough free space to save %1. Nothing was changed. Freeing some space on this drive and trying again should help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mooring isn&apos;t allowed to save %1; the folder may be read-only. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mooring couldn&apos;t save %1. Nothing was changed; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup in %1 could not be read back as it should: it may be damaged or incomplete. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mooring couldn&apos;t write %1. The folder may be read-only or the disk full. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This contact is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mooring could not save your data. The folder may be read-only or the disk may be full. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mooring could not read your data file. It may have been damaged or changed. A backup can bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data file does not match its key file, or it has been damaged. Nothing was changed, and a backup can bring your data back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data file of this profile is missing. Nothing was changed. If you have a backup, it can bring your data back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data is in use by another Mooring window right now. Please close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be saved as it is. Please check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a data file in this folder, so a new one was not made. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is no longer in your journal, so the changes could not be saved. Nothing else was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mooring&apos;s key file (%1) is damaged, so this profile can&apos;t be opened with it. Your passphrase is not the problem. Restoring a backup brings back a working key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile&apos;s key file (%1) was made by a newer version of Mooring. Please open it with that version; nothing here was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mooring couldn&apos;t read its key file (%1). It may be missing, or this account may not be allowed to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer doesn&apos;t have enough free memory to open the key file right now. Closing some other programs and trying again may help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery code didn&apos;t open this profile. Please check it&apos;s the code you wrote down for this profile, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase didn&apos;t open Mooring. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile was made by a newer version of Mooring. Please open it with that version. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile seems to be open in Mooring on another computer (%1). Please close it there first. If that computer is switched off, or Mooring stopped there unexpectedly, deleting the file mooring.lock in the profile folder lets you open it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mooring is already open with this profile in another window. Please switch to that window, or close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mooring can&apos;t use the profile folder %1; it may be read-only or not allowed for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your settings could not be saved. The folder may be read-only or the disk full; everything else is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your recovery code. It&apos;s the 28 letters and digits you wrote down when you set up Mooring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 has a character that isn&apos;t part of any recovery code. Recovery codes use only digits and letters; please compare that group with your copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery code has 28 letters and digits (7 groups of 4), and this one has %1. Please compare it with your copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code has a small typing slip somewhere. Please compare each group with your copy; 0 and O, 1 and I count as the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encryption library could not start on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an idea with this title here (it may be hidden). Please choose a different title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This idea is no longer in your toolbox. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas that come with Mooring can be hidden, but not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in coping ideas are missing from this copy of Mooring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a passphrase. It&apos;s what opens Mooring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mooring couldn&apos;t make the profile folder %1. The place may be read-only or full. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mooring&apos;s data file (%1) doesn&apos;t match its key file, or it has been damaged. Nothing was changed; a backup can bring your data back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There&apos;s already a Mooring profile in %1, so a new one wasn&apos;t made. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There&apos;s no Mooring profile in %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mooring&apos;s key file (%1) is missing, so your data can&apos;t be opened. Nothing was changed. Restoring a backup brings the key file back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mooring&apos;s data file (%1) is missing, although its key file is still there. Nothing was changed. Restoring a backup brings your data back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week could not be found in the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note is longer than %1 characters; please shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::BreathingPacer</name>
    <message>
        <source>Breathe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to breathe out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the breathing guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go on with the breathing guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in while the count goes up, then breathe out slowly while it counts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in as the circle grows. Breathe out as it gets smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::ConfirmGroupPage</name>
    <message>
        <source>One quick check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group from your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show the code again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be sure it is safely written down, please type &amp;group %1 of %2 from your copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type group %1 from what you wrote down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That isn&apos;t quite group %1. Please look again at what you wrote down; small slips happen easily.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::Contact</name>
    <message>
        <source>Please give a name, even a short one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name can be up to %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number can be up to %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note can be up to %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This has letters in it. That&apos;s fine if it&apos;s what you mean, like &quot;ask at reception&quot;; just check the number is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::ContactDialog</name>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: best after 6 pm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::ContactPicker</name>
    <message>
        <source>Choose a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose someone from your contacts, or add someone new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::CrisisScreen</name>
    <message>
        <source>I need help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back  (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back: leave this screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You&apos;re not alone in this. Let&apos;s take it one step at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breathe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground yourself: five, four, three, two, one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ride out the urge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ride out the urge with a timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Talk to someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to someone now: helplines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &amp;something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try something: coping ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;plan, step by step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My safety plan, one step at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whatever you are feeling right now, it will change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one thing to try. You can switch at any time. If you are not sure, start with Breathe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in danger right now, call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you are in danger right now, call %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mooring does not replace care from a doctor, a therapist or a crisis service. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helplines are under &quot;Talk to someone&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::EntryEditor</name>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the urge is needed. Everything else is up to you, and it stays private and encrypted on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong was the urge?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 is no urge at all, 10 the strongest you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was happening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was happening?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you were, who was there, what had just happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went through my mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went through my mind?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did I feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick any that fit, or add your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something that set it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What set it off?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words each, like Ǌrgument” or “late at night”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did I try?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything counts, even for a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did it end? (if you like)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else, like what might help next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save entry (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;d rather not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for writing it down honestly. A hard moment does not undo the progress you have made, and noticing what led up to it can help next time. If you need care now, “I need help now” at the top has helplines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::FamilyList</name>
    <message>
        <source>Families of ideas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::FavouriteIdeasPanel</name>
    <message>
        <source>My favourite ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more in your coping toolbox.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mooring::FeelingsField</name>
    <message>
        <source>Another feeling, in your own words (Enter adds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another feeling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::GroundingPanel</name>
    <message>
        <source>Ground yourself: 5, 4, 3, 2, 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your senses can bring you back to right here, right now. Take each step slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can type them here if it helps. Nothing is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: type what you notice. Nothing is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done. You brought yourself back to right here, right now. Notice your feet on the floor and one slow breath out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go through it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go through the five steps again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look around. Name five things you can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Big or small: a lamp, a colour, a shadow on the wall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name four things you can touch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feel them if you can: your sleeve, the chair, the floor under your feet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen. Name three things you can hear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near or far: a clock, a car outside, your own breathing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name two things you can smell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If nothing comes, think of two smells you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name one thing you can taste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or one taste you like. Then take one slow breath out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::HelpNowButton</name>
    <message>
        <source>I need help now  (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I need help now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens breathing, grounding, an urge timer, helplines and coping ideas. Key: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing, grounding, helplines and more, without unlocking. Key: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::HelplineCard</name>
    <message>
        <source>call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the number of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code for your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a code your phone can scan for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan to text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::HelplineEditDialog</name>
    <message>
        <source>Add a helpline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a helpline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a number you trust: a local helpline, a service or your emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change what is shown. Built-in helplines can be put back as they were at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the helpline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number to text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word to send by text (if any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word to send by text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short note about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this helpline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel without changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this helpline from the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give it a name, so you know who you are calling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please use digits, with spaces or dashes if you like, and a + in front if needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please add a number to call or a number to text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::HelplinesPanel</name>
    <message>
        <source>Talk to someone now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You don&apos;t have to know what to say. The people on these lines are there to listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where are you? This chooses which helplines to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show helplines for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helplines for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no built-in list for where you are. Add the helplines you know, and your local emergency number, so they are here when you need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own helpline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the built-in list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the built-in helplines for this region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1. You can paste it on your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People you chose to show here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed. &quot;Restore the built-in list&quot; brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in helplines are back as they were. Your own are still here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::HistoryDialog</name>
    <message>
        <source>Saved versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each time the plan is saved, a version is kept as it was. Choose one to see what changed since then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since this version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::HomeScreen</name>
    <message>
        <source>Good to see you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your space. Everything here stays on this computer, locked with your passphrase. Take whatever time you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help for hard moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing, grounding, an urge timer and helplines. F1 opens it from anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase, where you live, text size, colours and privacy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mooring doesn&apos;t replace care from people. If you might be in danger, call your local emergency number, or use “I need help now” at the top for helplines.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::JournalEntry</name>
    <message>
        <source>Please give the day and time this happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of this entry is more than a day from now. Please check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose how strong the urge was, from 0 to 10. It is the only thing an entry needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How strong the urge was needs to be a number from 0 to 10 (it is %1 now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was happening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went through my mind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What set it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“How much did it help?” needs a number from 0 to 10 (it is %1 now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lonely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>angry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anxious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ashamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overwhelmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guilty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frustrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::JournalFilterBar</name>
    <message>
        <source>&amp;Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your journal (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide ways to narrow the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries with this trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only entries with this feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urge at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urge at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urge from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any feeling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::JournalScreen</name>
    <message>
        <source>← &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another entry is not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were writing another entry that is not saved yet. Leave it without saving and start this one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave this entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you wrote in this entry has not been saved. Leave it without saving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries match. Try fewer or shorter words, or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written yet. When an urge comes, or after one has passed, “New entry” is a quiet place to note what happened. Only the urge is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rode out the urge with the timer, %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your entry is not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mooring is about to lock. Would you like to save the entry you were writing into your journal first? It is kept encrypted, like everything in Mooring. If you discard it, it is not kept anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry you were writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When Mooring locked, you were in the middle of a journal entry. It was kept safe and encrypted. Would you like to go on with it? If you discard it, it is not kept anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::JournalStore</name>
    <message>
        <source>This year already holds %1 entries, the most one year can keep. Please check the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry has no id or no saved time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::LockScreenContactsEditor</name>
    <message>
        <source>Add to the lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take off the lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People on the lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can show one or more people you trust on &quot;I need help now&quot; before Mooring is unlocked. Only add someone if you are comfortable with that: these names and numbers are kept unencrypted in the settings file, and anyone at this computer can see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, like Sam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of someone to show on the lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this person to the lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People shown on the lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the chosen person off the lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write both a name and a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock screen shows up to %1 people, so it stays calm. Take someone off first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already on the lock screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::MainWindow</name>
    <message>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock now  (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes everything until your passphrase is typed again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mooring found your data but not its key file (mooring.keys), so it cannot be opened right now. If you have a copy of that file, for example in a backup, please put it back in this folder and start Mooring again: %1. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My coping toolbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things to do instead when the urge comes, and your safety box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps to follow when things get hard, made with care ahead of time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened before an urge and what helped. Ctrl+J starts a new entry from anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept when Mooring locked by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mooring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::MessageBanner</name>
    <message>
        <source>Please note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected got in the way. Please try again; if it keeps happening, restarting Mooring usually helps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::NewPassphraseForm</name>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please use at least %1 characters. A short sentence that means something to you is easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two don&apos;t match yet. Please type it again in the second field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::PickOneCard</name>
    <message>
        <source>Something to try, from %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to pick from %1 yet. Ctrl+N adds an idea of your own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::PlanDiffView</name>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the version of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the version of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no saved versions yet. Save the plan once, and changes from then on can be seen here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are the same version, so nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reworded: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed between these versions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::PlanEditor</name>
    <message>
        <source>My safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plan as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My safety plan.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet. Take your time: you can fill in as much or as little as you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan could not be saved. %1 Everything you wrote is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some changes to your plan are not saved yet. Would you like to save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan was saved as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::PlanStepsPanel</name>
    <message>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step of my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step of my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved plan yet. When you make one, its steps will be here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written here yet. You can go on to the next step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::PresentationView</name>
    <message>
        <source>My safety plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrow keys move between sections. Ctrl and + or - changes the size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written here yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::QrCodeWidget</name>
    <message>
        <source>Code for your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point a phone&apos;s camera at this code to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::RecoveryCodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this code lets you back in. It is shown only this once, so please write it down or print it, and keep it somewhere private, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ve &amp;written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mooring recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page has gone to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery code as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mooring recovery code.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1. Once it is printed or copied somewhere safe, you may want to delete that file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::RegionBox</name>
    <message>
        <source>Where you live</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::SaveNoteDialog</name>
    <message>
        <source>Save the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note to remember this version by, if you like. Earlier versions are kept as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: with my therapist, 3 March</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::SectionEditor</name>
    <message>
        <source>Items in this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type something and press Enter to add it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add from my contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section can hold up to %1 items.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::SettingsScreen</name>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock by itself when not used for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your current passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase has been changed. Please use the new one the next time you unlock Mooring.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::SetupScreen</name>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting things up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::StandaloneCrisisWindow</name>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mooring</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::StrategyDelegate</name>
    <message>
        <source>Hidden: not shown unless you ask for hidden ideas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::StrategyEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words, for example ᳊ll my sister”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything that helps you do it when it is hard to think (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example “the blue box under my bed”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Enter in the title, or Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel: go back without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back without saving (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where it is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this idea to suit you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this idea</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::StrategyModel</name>
    <message>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::TagField</name>
    <message>
        <source>Type one and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::ToolboxActions</name>
    <message>
        <source>Add idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up among favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down among favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pick one for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick one for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggests one idea at random; favourites come up more often (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From &amp;every family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick from every family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Favourites (Ctrl+1) to put them in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the idea again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas that come with Mooring can be hidden instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::ToolboxScreen</name>
    <message>
        <source>My coping toolbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to home (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all ideas (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;hidden ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show hidden ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favourites are put in order under Favourites (Ctrl+1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is hidden. Ctrl+Z brings it back, and so does “Show hidden ideas”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideas that come with Mooring can&apos;t be deleted, but you can hide them (Ctrl+H).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is deleted. Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all your ideas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::TriedField</name>
    <message>
        <source>An idea from your toolbox, or your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something I tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My ideas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the ideas in my toolbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add what I tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An idea no longer in your toolbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much did “%1” help, from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::TryIdeaPanel</name>
    <message>
        <source>The built-in coping ideas are missing from this copy of Mooring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the senses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To take your mind elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To let feelings out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To comfort yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From your safety box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here is one idea. If it doesn&apos;t fit right now, ask for another. There is no wrong choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind of idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show another idea</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::UnlockScreen</name>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your recovery code first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting your new passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::UrgeField</name>
    <message>
        <source>How strong was the urge, from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urge strength, a number from 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 strongest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::UrgeTimerPanel</name>
    <message>
        <source>Ride out the urge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An urge is like a wave: it rises, peaks and passes, usually within 5 to 15 minutes. You don&apos;t have to act on it. Let&apos;s wait it out together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long would you like to start with? You can add more time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start a timer of %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Time passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has the urge eased a little?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, the urge has eased a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet: add 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet. Add 5 more minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good. Keep going, you&apos;re doing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That&apos;s okay. It takes the time it takes. Five more minutes, together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add 5 minutes to the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is up. You stayed with it. How did it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I got through it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It&apos;s still hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give me 5 more minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to someone now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start another timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this in my journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes passed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>passed, of %n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>It passed. You let the wave go by. Take a moment to notice how that feels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You got through it. That took strength, even if it didn&apos;t feel like it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That&apos;s okay. When it is still hard, talking to someone can help. You don&apos;t have to explain everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This feeling is strong, and it is already changing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are doing something hard right now, and you are doing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urges rise, peak and fall, like waves. This one will fall too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathe out slowly. You only need to get through this minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have got through hard moments before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It&apos;s okay to feel this. Feelings pass, even big ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be as kind to yourself as you would be to a friend right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every minute you wait, the wave gets a little smaller.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::exportJson</name>
    <message>
        <source>expected “full” or “plan”, got “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a short region code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the week %1 appears more than once in this file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::journaltext</name>
    <message>
        <source>The urge passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I coped with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I acted on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urge %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the urge noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set off by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tried 1 thing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tried %1 things</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mooring::planSections</name>
    <message>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things I can do on my own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People and places that take my mind off things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professionals and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making my surroundings safer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to me and is worth living for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What tells you a hard time is starting? Think of thoughts, feelings, places or moments that come before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What can you do by yourself to feel a little calmer or to get through the next few minutes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can you be around, or where can you go, that helps you think about something else for a while? You don&apos;t have to talk about how you feel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who could you tell that you&apos;re having a hard time? Add their number so it&apos;s ready when you need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which professionals or services can you contact? Your doctor, your therapist, a helpline or an out-of-hours service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could make the space around you feel safer during a hard time? Small steps count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters to you? People, pets, plans, places or things you care about and look forward to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I stop answering messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I tell myself nobody would notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold something cold and breathe slowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play my calm playlist loud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit in the café on the corner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call my cousin about football</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sam, my sister</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alex from work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My GP&apos;s surgery, ask at reception</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The night helpline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask someone to keep things for me for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a room where other people are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My dog, Biscuit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seeing the sea again next summer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
