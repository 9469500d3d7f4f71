<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Fixture</name>
    <message>
        <source>You failed again.</source>
        <translation>Du hast wieder versagt.</translation>
    </message>
    <message>
        <source>A calm sentence.</source>
        <translation>Ein ruhiger Satz.</translation>
    </message>
</context>
</TS>
