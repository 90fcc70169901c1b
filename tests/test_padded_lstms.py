"""The tokenizer's LSTMs run on padded batches and give what the packed LSTMs give."""

from __future__ import annotations

import pytest
import stanza
import torch
from stanza.models.common.doc import Document
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

from service.nlp import models_dir, pipeline_config
from service.padded_lstms import TOKENIZER_LSTMS, PaddedBidirectionalLSTM


@pytest.mark.parametrize("sorted_lengths", [True, False])
def test_padded_lstm_gives_the_packed_lstms_outputs(sorted_lengths):
    torch.manual_seed(0)
    lstm = nn.LSTM(12, 16, num_layers=2, bidirectional=True, batch_first=True).eval()
    lengths = [40, 33, 17, 5, 1] if sorted_lengths else [17, 40, 1, 33, 5]
    inputs = torch.randn(len(lengths), max(lengths), 12)
    packed = pack_padded_sequence(inputs, lengths, batch_first=True, enforce_sorted=sorted_lengths)
    with torch.no_grad():
        expected, _ = pad_packed_sequence(lstm(packed)[0], batch_first=True)
        ours, _ = pad_packed_sequence(PaddedBidirectionalLSTM(lstm)(packed)[0], batch_first=True)
    # The backward direction of a short row, started in its padding, would differ by far more.
    torch.testing.assert_close(ours, expected, rtol=0, atol=1e-5)


def test_only_bidirectional_batch_first_lstms_are_padded():
    with pytest.raises(ValueError, match="bidirectional"):
        PaddedBidirectionalLSTM(nn.LSTM(4, 4, batch_first=True))


def _tokens(tokenizer, text: str) -> list[list[tuple[int, int, str]]]:
    document = tokenizer.bulk_process([Document([], text=text)])[0]
    return [[(token.start_char, token.end_char, token.text) for token in sentence.tokens]
            for sentence in document.sentences]


def test_the_tokenizer_cuts_real_text_as_with_packed_lstms(nlp, seed_texts,
                                                           sequoia_test_sentences):
    packed = stanza.Pipeline(**pipeline_config(models_dir()) | {"processors": "tokenize"})
    assert isinstance(packed.processors["tokenize"].trainer.model.rnn, nn.LSTM)
    texts = [*seed_texts.values(), " ".join(sequoia_test_sentences[:300])]
    ours = [_tokens(nlp.stanza.processors["tokenize"], text) for text in texts]
    assert sum(len(sentence) for text in ours for sentence in text) > 8000
    assert ours == [_tokens(packed.processors["tokenize"], text) for text in texts]


def test_the_loaded_pipeline_pads_the_tokenizers_lstms(nlp):
    model = nlp.stanza.processors["tokenize"].trainer.model
    if torch.cuda.is_available():
        pytest.skip("on a GPU the LSTMs stay packed")
    for name in TOKENIZER_LSTMS:
        assert isinstance(getattr(model, name), PaddedBidirectionalLSTM)
