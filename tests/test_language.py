"""Language and script: script first, langdetect only where it can be right, seeded."""

from __future__ import annotations

import subprocess
import sys

from newsclean.language import LanguageDetector, detector, dominant_script, script_share


def test_script_of_common_news_languages() -> None:
    assert dominant_script("Sunni fighters seized a border post") == "Latin"
    assert dominant_script("איתמר בן גביר") == "Hebrew"
    assert dominant_script("السلطان هيثم") == "Arabic"
    assert dominant_script("Москва сегодня") == "Cyrillic"
    assert dominant_script("香港渡轮") == "CJK"
    assert dominant_script("12 345") == ""


def test_quoted_phrase_leaves_the_paragraph_in_its_script() -> None:
    text = 'He greeted the crowd with "שלום" and went on speaking about the plans for the city.'
    assert script_share(text, "Latin") > 0.9


def test_short_strings_are_undetermined() -> None:
    d = detector()
    assert d.detect("AP") == ""
    assert d.detect("Kamal Namaa") == ""


def test_detects_languages_with_enough_words() -> None:
    d = detector()
    assert d.detect("The government said on Monday that it would raise taxes on large companies next year.") == "en"
    assert d.detect("Die Bundesregierung hat am Montag einen neuen Plan für die Energieversorgung vorgestellt.") == "de"
    assert d.detect("Le gouvernement a présenté lundi un nouveau plan pour la sécurité des ports de la région.") == "fr"


def test_script_decides_where_it_can() -> None:
    assert LanguageDetector().detect("הממשלה אישרה את התקציב") == "he"


def test_detection_is_deterministic_across_processes() -> None:
    text = "Le ministre a dit que la ville allait construire un nouveau pont."
    code = f"from newsclean.language import detector; print(detector().detect({text!r}))"
    outs = {
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        for _ in range(3)
    }
    assert len(outs) == 1


def test_langdetect_answers_are_kept_per_text(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import newsclean.language as language

    d = LanguageDetector()
    factory = d._load()
    calls: list[int] = []
    create = factory.create  # type: ignore[attr-defined]

    def counting_create(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        return create(*args, **kwargs)

    monkeypatch.setattr(factory, "create", counting_create)
    # no function-word vote: langdetect answers
    text = "Kremlin Moscow Putin Lavrov Peskov sanctions Ukraine Donbas Zelensky Kyiv Kharkiv offensive"
    first = d.detect(text, vote=False)
    assert d.detect(text, vote=False) == first
    assert len(calls) == 1
    # the threshold applies to the kept probability, as to a fresh one
    assert d.detect(text, vote=False, min_probability=1.01) == ""
    assert len(calls) == 1
    assert LanguageDetector().detect(text, vote=False) == first
    # a text langdetect finds nothing in is kept as such (None), and the table is bounded
    monkeypatch.setattr(language, "MAX_KEPT_ANSWERS", 3)
    for k in range(5):
        d.detect(" ".join(["ȸȹ"] * (9 + k)), vote=False)
    assert 0 < len(d._answers) <= 3
    assert None in d._answers.values()


def test_langdetect_run_trial_by_trial_gives_its_own_answer() -> None:
    from newsclean.language import _probabilities, _Unsettled

    factory = LanguageDetector()._load()
    texts = [
        "The council met on Tuesday and agreed to rebuild the old bridge before the winter.",
        "Kremlin Moscow Putin Lavrov Peskov sanctions Ukraine Donbas Zelensky Kyiv Kharkiv offensive",
        "Barcelona Girona Tarragona Lleida festa major castellers sardanes Sant Jordi roses llibres",
        "Le conseil municipal a voté mardi la reconstruction du vieux pont avant l'hiver.",
    ]
    for text in texts:
        plain = factory.create()  # type: ignore[attr-defined]
        plain.append(text)
        expected = [(x.lang, x.prob) for x in plain.get_probabilities()]
        ours = factory.create()  # type: ignore[attr-defined]
        ours.append(text)
        ranked = _probabilities(ours, 0.0, "")
        assert not isinstance(ranked, _Unsettled)
        assert [(x.lang, x.prob) for x in ranked] == expected  # bit for bit
        for floor in (0.5, 0.8, 0.95, 1.01):
            for ignore in ("", expected[0][0], "de"):
                again = factory.create()  # type: ignore[attr-defined]
                again.append(text)
                found = _probabilities(again, floor, ignore)
                if isinstance(found, _Unsettled):
                    # stopped early: only when the full answer is under the floor or ignored
                    assert expected[0][1] < floor or expected[0][0] == ignore
                    assert found.ceiling >= max((p for lang, p in expected if lang != ignore), default=0.0)
                else:
                    assert [(x.lang, x.prob) for x in found] == expected


def test_a_detection_stopped_early_answers_as_a_full_one() -> None:
    texts = [
        "The council met on Tuesday and agreed to rebuild the old bridge before the winter.",
        "Barcelona Girona Tarragona Lleida festa major castellers sardanes Sant Jordi roses llibres",
        "Kremlin Moscow Putin Lavrov Peskov sanctions Ukraine Donbas Zelensky Kyiv Kharkiv offensive",
    ]
    for text in texts:
        for floor in (0.5, 0.8, 0.95):
            full = LanguageDetector().detect(text, vote=False, min_probability=floor)
            for ignore in ("", "en", "ca", "de"):
                d = LanguageDetector()
                got = d.detect(text, vote=False, min_probability=floor, ignore=ignore)
                assert got == ("" if full == ignore else full)
                # what is kept of it answers the same again, and a full detection after it is full
                assert d.detect(text, vote=False, min_probability=floor, ignore=ignore) == got
                assert d.detect(text, vote=False, min_probability=floor) == full


def test_the_profiles_are_kept_as_tuples_the_collector_does_not_walk() -> None:
    import gc

    factory = LanguageDetector()._load()
    probs = factory.word_lang_prob_map  # type: ignore[attr-defined]
    assert all(type(p) is tuple for p in probs.values())
    gc.collect()
    assert not gc.is_tracked(next(iter(probs.values())))
    # the answers are langdetect's own: the fixed probabilities of a text
    d = factory.create()  # type: ignore[attr-defined]
    d.append("The council met on Tuesday and agreed to rebuild the old bridge before the winter.")
    assert [(x.lang, round(x.prob, 6)) for x in d.get_probabilities()] == [("en", 0.999997)]
