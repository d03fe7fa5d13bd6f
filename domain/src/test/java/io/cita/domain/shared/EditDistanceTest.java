package io.cita.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The typo distance: each insertion, deletion, substitution or swap of neighbours is one. */
class EditDistanceTest {
    @Test
    void countsEachKindOfTypoAsOne() {
        assertThat(EditDistance.between("pelo", "pelo")).isZero();
        assertThat(EditDistance.between("pleo", "pelo")).isEqualTo(1);
        assertThat(EditDistance.between("pelo", "peloo")).isEqualTo(1);
        assertThat(EditDistance.between("pelo", "pel")).isEqualTo(1);
        assertThat(EditDistance.between("pelo", "palo")).isEqualTo(1);
        assertThat(EditDistance.between("corte", "")).isEqualTo(5);
        assertThat(EditDistance.between("ab", "ba")).isEqualTo(1);
        assertThat(EditDistance.between("abc", "ca")).isEqualTo(3);
    }

    @Property
    void isSymmetric_andSwappingTwoNeighboursCostsOne(@ForAll @AlphaChars @StringLength(min = 2, max = 12) String word,
                                                      @ForAll @AlphaChars @StringLength(max = 12) String other) {
        assertThat(EditDistance.between(word, other)).isEqualTo(EditDistance.between(other, word));
        char[] swapped = word.toCharArray();
        char first = swapped[0];
        swapped[0] = swapped[1];
        swapped[1] = first;
        assertThat(EditDistance.between(word, new String(swapped))).isLessThanOrEqualTo(1);
        assertThat(EditDistance.between(word, other)).isLessThanOrEqualTo(Math.max(word.length(), other.length()));
    }
}
