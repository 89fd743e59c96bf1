//! Laplace noise, drawn from the operating system's random numbers.
//!
//! The well-kept implementation of the mechanism in Rust is OpenDP; it
//! pulls in GMP, MPFR and OpenSSL built from C, too heavy for a kiosk image
//! built on two cores. The sampler here is the textbook inverse of the
//! distribution function, small enough to read at once, and tested against
//! that function (see the tests below).

/// No noise could be drawn: nothing is released.
#[derive(Debug, thiserror::Error)]
pub enum NoiseError {
    #[error("the operating system gave no random numbers ({0}); the day's counts are dropped")]
    NoEntropy(String),
    #[error("the noise scale {0} is not a positive number; the day's counts are dropped")]
    Scale(f64),
}

/// A source of uniformly random 64-bit numbers.
pub trait Entropy {
    fn next_u64(&mut self) -> Result<u64, NoiseError>;
}

/// The operating system's random numbers (`getrandom`): nobody can replay
/// them, so nobody can subtract the noise.
#[derive(Debug, Default, Clone, Copy)]
pub struct OsEntropy;

impl Entropy for OsEntropy {
    fn next_u64(&mut self) -> Result<u64, NoiseError> {
        let mut bytes = [0u8; 8];
        getrandom::fill(&mut bytes).map_err(|e| NoiseError::NoEntropy(e.to_string()))?;
        Ok(u64::from_le_bytes(bytes))
    }
}

/// The Laplace distribution centred on 0: density `exp(-|x|/scale) / (2·scale)`,
/// mean 0, mean distance from 0 `scale`, variance `2·scale²`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Laplace {
    scale: f64,
}

impl Laplace {
    /// `None` unless `scale` is a positive finite number.
    pub fn new(scale: f64) -> Option<Laplace> {
        (scale.is_finite() && scale > 0.0).then_some(Laplace { scale })
    }

    pub fn scale(self) -> f64 {
        self.scale
    }

    /// One draw: a random sign times an exponential draw, the exponential by
    /// the inverse of its distribution function, `-scale · ln(1 - u)`.
    pub fn sample(self, entropy: &mut impl Entropy) -> Result<f64, NoiseError> {
        let bits = entropy.next_u64()?;
        // The top 53 bits make a uniform u in [0, 1) (all a double holds);
        // 1 - u is then in (0, 1], so the logarithm is always finite.
        let u = (bits >> 11) as f64 / (1u64 << 53) as f64;
        let magnitude = -self.scale * (1.0 - u).ln();
        // The lowest bit, unused by u, gives the sign: exactly symmetric.
        Ok(if bits & 1 == 1 { magnitude } else { -magnitude })
    }

    /// The probability of a draw at most `x`.
    pub fn cdf(self, x: f64) -> f64 {
        if x < 0.0 {
            0.5 * (x / self.scale).exp()
        } else {
            1.0 - 0.5 * (-x / self.scale).exp()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// SplitMix64: a fixed, replayable stream, so the statistical checks
    /// below give the same answer on every run.
    struct Replayable(u64);

    impl Entropy for Replayable {
        fn next_u64(&mut self) -> Result<u64, NoiseError> {
            self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = self.0;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            Ok(z ^ (z >> 31))
        }
    }

    fn draws(laplace: Laplace, entropy: &mut impl Entropy, n: usize) -> Vec<f64> {
        (0..n).map(|_| laplace.sample(entropy).unwrap()).collect()
    }

    /// The Kolmogorov–Smirnov distance between the draws and `laplace`.
    fn ks_distance(mut sample: Vec<f64>, laplace: Laplace) -> f64 {
        sample.sort_by(f64::total_cmp);
        let n = sample.len() as f64;
        sample
            .iter()
            .enumerate()
            .map(|(i, &x)| {
                let f = laplace.cdf(x);
                (f - i as f64 / n).abs().max((f - (i + 1) as f64 / n).abs())
            })
            .fold(0.0, f64::max)
    }

    const N: usize = 200_000;
    /// The KS critical value at the 1 % level is 1.63/√n.
    fn ks_critical() -> f64 {
        1.63 / (N as f64).sqrt()
    }

    #[test]
    fn draws_follow_the_laplace_distribution() {
        let laplace = Laplace::new(15.0).unwrap();
        let sample = draws(laplace, &mut Replayable(17), N);
        let n = N as f64;
        let mean = sample.iter().sum::<f64>() / n;
        let mean_abs = sample.iter().map(|x| x.abs()).sum::<f64>() / n;
        let variance = sample.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n;
        // The mean's standard error is √2·15/√n ≈ 0.047: 5 of them.
        assert!(mean.abs() < 0.24, "mean {mean}");
        assert!((mean_abs / 15.0 - 1.0).abs() < 0.01, "mean |x| {mean_abs}");
        assert!(
            (variance / (2.0 * 225.0) - 1.0).abs() < 0.03,
            "variance {variance}"
        );
        let d = ks_distance(sample, laplace);
        eprintln!(
            "scale 15, {N} draws: mean {mean:.3}, mean |x| {mean_abs:.3}, variance {variance:.1} (450 expected), KS {d:.5} (critical {:.5})",
            ks_critical()
        );
        assert!(d < ks_critical(), "KS distance {d}");
    }

    #[test]
    fn the_distribution_check_rejects_a_wrong_scale() {
        // The same check, against a scale 5 % off, must fail: it has power.
        let sample = draws(Laplace::new(15.0).unwrap(), &mut Replayable(17), N);
        let d = ks_distance(sample, Laplace::new(15.75).unwrap());
        assert!(d > ks_critical(), "KS distance {d} did not see the error");
        let shifted: Vec<f64> = draws(Laplace::new(15.0).unwrap(), &mut Replayable(3), N)
            .into_iter()
            .map(|x| x + 0.5)
            .collect();
        let d = ks_distance(shifted, Laplace::new(15.0).unwrap());
        assert!(d > ks_critical(), "KS distance {d} did not see a bias");
    }

    #[test]
    fn the_operating_system_gives_laplace_draws() {
        let laplace = Laplace::new(2.0).unwrap();
        let sample = draws(laplace, &mut OsEntropy, 50_000);
        let a = sample[0];
        assert!(sample.iter().any(|&x| x != a), "every draw the same");
        // Loose bound (0.1 % level), as these draws cannot be replayed.
        let d = ks_distance(sample, laplace);
        assert!(d < 1.95 / (50_000f64).sqrt(), "KS distance {d}");
    }

    #[test]
    fn only_positive_finite_scales() {
        for bad in [0.0, -1.0, f64::NAN, f64::INFINITY] {
            assert!(Laplace::new(bad).is_none(), "{bad}");
        }
        let laplace = Laplace::new(1.0).unwrap();
        assert_eq!(laplace.cdf(0.0), 0.5);
        assert!((laplace.cdf(1.0) + laplace.cdf(-1.0) - 1.0).abs() < 1e-12);
    }
}
