"""Incremental coreference: file new mentions into the existing events without re-resolving the collection.

The block index and the clusters persist between batches. A batch is compared only with mentions in its own
blocks (the index returns partners below each new index, which covers every earlier mention and each pair of
new ones once), then joins clusters through the same guarded best-link step as :func:`coref.resolve`, seeded
with the clusters already made. Existing clusters are not re-opened: when judgements on old mentions change
(``sitrep unmerge``), re-run :func:`sitrep.fuse.coref.resolve` on the affected events instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sitrep.fuse.coref import BlockIndex, Clustering, CorefConfig, _cluster, _features, pair_score
from sitrep.model import EventMention, Judgement


class IncrementalCoref:
    """Holds the mentions seen so far, their block index and their clusters."""

    def __init__(self, config: CorefConfig | None = None) -> None:
        self.config = config or CorefConfig()
        self.mentions: list[EventMention] = []
        self.index = BlockIndex(self.config)
        self.clusters: list[list[int]] = []
        self.judgements: list[Judgement] = []
        self.compared = 0

    @classmethod
    def from_events(
        cls, events: Iterable[Sequence[EventMention]], config: CorefConfig | None = None
    ) -> IncrementalCoref:
        """Start from events already resolved (e.g. read back from the store), trusting their grouping."""
        self = cls(config)
        for group in events:
            start = len(self.mentions)
            for m in group:
                self.mentions.append(m)
                self.index.add(_features(m))
            if len(self.mentions) > start:
                self.clusters.append(list(range(start, len(self.mentions))))
        return self

    def add(self, new: Sequence[EventMention], judgements: Iterable[Judgement] = ()) -> Clustering:
        """Assign ``new`` to existing events or new ones; returns the clustering of everything seen so far."""
        first = len(self.mentions)
        for m in new:
            self.mentions.append(m)
            self.index.add(_features(m))
        feats = self.index.features
        pairs: list[tuple[float, int, int]] = []
        compared = 0
        for i in range(first, len(feats)):
            for j in self.index.candidates(i):
                compared += 1
                s = pair_score(feats[i], feats[j])
                if s >= self.config.threshold:
                    pairs.append((s, j, i))
        self.compared += compared
        result = _cluster(self.mentions, feats, pairs, judgements, self.config, compared, seed=self.clusters)
        self.clusters = result.clusters
        self.judgements.extend(result.judgements)
        return result
