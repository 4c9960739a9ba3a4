"""Several errands of one patron: what carries over and what starts afresh from the guidelines."""

from __future__ import annotations

from dataclasses import replace

from deskhelp.core.cases import Channel
from deskhelp.core.conversation import Conversation, resources_answer
from deskhelp.core.guidelines import Verdict
from deskhelp.core.triage import Competence, Enough


def test_a_new_conversation_starts_from_the_guidelines(small_pack) -> None:
    case = small_pack.case_types["print-bank-statement"]
    answers = Conversation().answers_for(case)
    assert answers.mission is case.mission is Verdict.PARTLY
    assert (answers.competence, answers.time, answers.resources) == (Competence.YES, Enough.YES, Enough.YES)


def test_channel_time_and_missing_resources_carry_over_but_mission_and_competence_do_not(small_pack) -> None:
    bank = small_pack.case_types["print-bank-statement"]
    conversation = Conversation().after_logging(bank, Channel.PHONE, Enough.NO, {"e-identification"})
    assert conversation.errands_logged == 1
    assert conversation.channel is Channel.PHONE

    tax = small_pack.case_types["tax-return"]
    answers = conversation.answers_for(tax)
    assert answers.mission is tax.mission  # belongs to the errand
    assert answers.competence is Competence.YES
    assert answers.time is Enough.NO  # still a queue, still no time
    expected = Enough.NO if "e-identification" in tax.resources else Enough.YES
    assert answers.resources is expected


def test_a_resource_is_missing_only_where_the_errand_needs_it(small_pack) -> None:
    bank = small_pack.case_types["print-bank-statement"]
    printing = small_pack.case_types["print-document"]
    assert "e-identification" in bank.resources
    conversation = Conversation(missing_resources=frozenset({"e-identification"}))
    assert conversation.missing_for(bank) == {"e-identification"}
    assert resources_answer(bank, conversation.missing_resources) is Enough.NO
    assert conversation.missing_for(printing) == frozenset(set(printing.resources) & {"e-identification"})


def test_a_resource_found_later_is_no_longer_missing(small_pack) -> None:
    bank = small_pack.case_types["print-bank-statement"]
    conversation = Conversation(missing_resources=frozenset({"e-identification", "library-card"}))
    asked = set(bank.resources)
    after = conversation.after_logging(bank, Channel.DESK, Enough.YES, set())
    assert after.missing_resources == {"e-identification", "library-card"} - asked
    assert replace(after, errands_logged=0).time is Enough.YES
