"""The commonest function words of the languages of news pages written in Latin or Cyrillic letters.

Function words (articles, prepositions, conjunctions, auxiliaries) make up a third or more of any
running text, and a few dozen of them tell most languages apart.  :mod:`newsclean.language` counts
them before it asks langdetect, which is a thousand times slower: a clear vote decides, anything
less clear goes to langdetect.  A word that several languages share counts for less in the vote.

Close neighbours are listed together on purpose (Danish and Norwegian, Czech and Slovak, Spanish and
Catalan, Dutch and Afrikaans): their texts then split the vote, which sends them to langdetect
instead of to the wrong neighbour.
"""

from __future__ import annotations

FUNCTION_WORDS: dict[str, str] = {
    "en": "the of and to in is that for it was on with as he be at by this had not are but from or have an they which you were her she there been his has would their will its said who more after also when about than them into over only could",
    "de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über so zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei",
    "fr": "de la le et les des en un du une que est pour qui dans par plus pas au sur ne se ce il sont avec ont son cette aux elle mais comme été ou leur nous tout fait était aussi dont ses",
    "es": "de la que el en y los del se las por un para con no una su al es lo como más pero sus le ya o fue este ha porque esta son entre cuando muy sin sobre también me hasta hay donde desde todo nos durante",
    "it": "di e il la che in a per un è del non sono le con si da una gli al come anche alla più ma della dei nel ha lo questo delle ed suo essere stato tra nella",
    "pt": "de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das tem à seu sua ou ser quando muito há nos já está também pelo pela",
    "ca": "de la i el que a en les del per un els una amb no es al més com va són però ha seu també o aquest",
    "nl": "de van het een en in is dat op te zijn voor met die niet aan er om ook als bij of door maar worden nog wordt uit dan zal naar heeft hij ze over tot",
    "af": "die van en is het nie om wat te vir ook sy hy word was met dat op in",
    "sv": "och i att det som en på är av för med till den har de inte om ett var men jag hon han sig från vi så kan efter när även eller skulle under",
    "da": "og i at det en den til er som på de med han af for ikke der var mig sig men et har om vi hun efter også kan skal eller fra blev være",
    "no": "og i det er som på en til at å med for av den har de ikke om et men var seg han vi hun etter også kan skal eller fra ble være",
    "fi": "ja on ei se että hän oli ovat mutta kun myös tai jos niin sen kuin ole olla hänen vain joka mukaan jo sitä tämä ne siitä",
    "et": "ja on ei et see oli ka kui ta mis aga nagu tema ning siis mida seda või kes pole",
    "pl": "i w na z się nie do to że jest o jak a po co ale od za tak przez dla jego są już czy być był tym może który które także",
    "cs": "a se na v je že to s z do o jako by ale pro za jsou jeho které který tak byl bylo není také jejich podle již nebo při",
    "sk": "a sa na v je že to s z do o ako by ale pre za sú jeho ktoré ktorý tak bol bolo nie aj ich podľa už alebo pri",
    "sl": "in je v da se na so za od z to ki pa ne kot ali iz o bi bo s tudi še kar sem",
    "hr": "i je u da se na su za od s to koji a ne kao ali iz o bi će sa što bio nije ili smo",
    "ro": "și de în a la cu nu să care pe din o pentru este un mai au ca se fost sunt dar acest sau ce lui fi după",
    "hu": "a az és hogy nem is egy ez meg de van volt csak már azt mint el még kell lesz ki vagy mert pedig amely",
    "lt": "ir į kad yra su o iš bet kaip tai buvo jo dar apie ar taip per jau nuo",
    "lv": "un ir ka uz no par ar bet kā arī tas bija to vai lai viņš ne jau pie",
    "tr": "ve bir bu da de için ile çok olarak daha ne gibi o en ama kadar sonra olan var mı ki değil her şey",
    "id": "yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke ada oleh karena bisa telah mereka saat atau kata",
    "ru": "и в не на что с он по как это к из но у за от то же для о все так его она был бы только а",
    "uk": "і в не на що з він по як це до від але у за та його вона був би тільки а й",
    "bg": "и в на е да се не за от че с по са като това той но към ще бе",
}
