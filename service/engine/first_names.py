"""First names that tell a person's gender (« Thomas Reynaud » is no « elle »).

Common French first names, and frequent ones of the names news text cites from abroad;
names given to both (Camille, Dominique, Claude, Sacha...) are in neither list.
"""

from __future__ import annotations

import unicodedata

from .lexicon import word_set

_MASCULINE = word_set(
    """adam adrien alain alexandre alexis alfred ali alphonse amaury anatole andré antoine
    antonin anthony armand arnaud arthur aurélien axel baptiste barthélemy basile
    benjamin benoît bernard bertrand bruno cédric charles christian christophe clément
    corentin cyril cyrille damien daniel david denis didier dimitri édouard emmanuel
    éric erwan étienne eugène fabien fabrice félix fernand florent florian francis franck
    françois frédéric gabriel gaël gaëtan gaspard gauthier geoffroy georges gérald gérard
    germain gilbert gilles grégoire grégory guillaume gustave guy hamid harold henri
    hervé hippolyte hubert hugo hugues ibrahim jacques jean jérémie jérôme joachim joël
    johan jonathan jordan josé joseph jules julien karim kevin laurent léo léon léonard
    lionel loïc louis luc lucas lucien ludovic manuel marc marcel marius martin mathias
    mathieu mathis matthieu maurice maxime médéric michel mickaël mohamed nathan nicolas
    noël olivier pascal patrice patrick paul philippe pierre quentin raphaël raymond
    rémi rémy renaud richard robert roger romain rudy samuel sébastien serge simon
    stéphane sylvain théo théophile thibault thibaut thierry thomas timothée tristan
    valentin victor vincent william xavier yann yannick yves yvon
    ahmed mehdi rachid karim farid youssef omar hassan bilal nabil sofiane yacine
    carlos pablo diego javier miguel luis juan pedro antonio alejandro sergio jorge
    marco luca matteo giovanni giuseppe francesco alessandro lorenzo paolo
    hans klaus jürgen matthias stefan wolfgang friedrich jan pieter wout tom joost
    john james michael robert george donald joe peter mark steve boris vladimir sergueï
    dmitri igor viktor volodymyr andrzej tomáš ondřej petr radek jakub pavel mateusz
    mohammed abdelkader benyamin recep"""
)

_FEMININE = word_set(
    """adèle adeline agathe agnès aline alice alicia amandine amélie anaïs anne annie
    anne-laure anne-sophie annick antoinette ariane armelle aude audrey aurélie aurore
    béatrice bérénice bernadette brigitte capucine carole caroline catherine cécile
    céline chantal charlotte chloé christelle christiane christine claire clara clarisse
    claudine clémence clotilde colette coralie corinne danielle delphine denise diane
    dorothée édith éléonore élisabeth élise élodie émilie emma emmanuelle estelle
    eugénie eve évelyne fabienne fanny florence françoise frédérique gabrielle
    geneviève georgette ginette gisèle hélène henriette hortense inès irène isabelle
    jacqueline jeanne jeannine jessica joëlle josiane juliette julie justine karine
    laetitia laure laurence léa léna léonie lise louise lucie lucile lydie madeleine
    magali manon margaux marguerite marianne marie marie-christine marie-claude
    marie-france marie-hélène marina marine marion marthe martine mathilde maud
    maryse mélanie mélissa michèle micheline mireille monique morgane murielle myriam
    nadège nadia nadine nathalie nicole noémie océane odile odette olivia pascale
    patricia paulette pauline perrine rachida rebecca régine renée rose rosine
    roselyne sabine sandrine sarah ségolène séverine solène sophie stéphanie
    suzanne sylvie tatiana thérèse valérie vanessa véronique victoire virginie viviane
    yasmine yvette yvonne zoé fatima fatou aïcha karima leïla samia salima farida
    malika amina nora naïma
    maria carmen isabel lucía elena ana sofia giulia francesca chiara giorgia alessandra
    ursula angela annalena gretchen petra ingrid greta anna ivana lenka jana tereza
    kamala hillary nancy margaret theresa kate mary elizabeth jennifer ellen
    giorgia mette sanna kaja roberta tessa"""
)


def _folded(word: str) -> str:
    return unicodedata.normalize("NFC", word).lower()


_GENDERS = {**{_folded(n): "Masc" for n in _MASCULINE}, **{_folded(n): "Fem" for n in _FEMININE}}


def first_name_gender(name: str) -> str | None:
    """« Masc » or « Fem » when ``name`` starts with a first name of one gender (« Jean-Marie
    Le Pen » by « Jean »); None when it does not, or starts with a name given to both."""
    first = _folded(name.split()[0]) if name.split() else ""
    if first in _GENDERS:
        return _GENDERS[first]
    if "-" in first:  # « Marie-Claude », « Jean-Marc »: the first of the two
        return _GENDERS.get(first.split("-")[0])
    return None
