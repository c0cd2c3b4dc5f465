"""claimkit's spaCy components, one per file, in pipeline order.

Importing this package registers the factories (also available to spaCy through the
``spacy_factories`` entry points): ``claimkit_compounds``, ``claimkit_organisations``,
``claimkit_places``, ``claimkit_people``, ``claimkit_quotes``, ``claimkit_claims``.
"""

from claimkit.components.claims import ClaimFinder
from claimkit.components.compounds import CompoundSplitter
from claimkit.components.organisations import OrganisationLinker
from claimkit.components.people import PersonLinker
from claimkit.components.places import PlaceLinker
from claimkit.components.quotes import QuoteFinder

__all__ = [
    "ClaimFinder",
    "CompoundSplitter",
    "OrganisationLinker",
    "PersonLinker",
    "PlaceLinker",
    "QuoteFinder",
]
