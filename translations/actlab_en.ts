<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Catalog</name>
    <message>
        <source>ReLU family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid and tanh family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exponential linear units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-gated units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smooth ReLU approximations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shrinkage functions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic and periodic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My formulas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU clipped at 6: identity between 0 and 6, flat outside. The cap keeps activations in a small fixed range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile and quantised networks (MobileNet), where a bounded range maps well onto low-precision arithmetic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units stuck above 6 pass no gradient, just like units stuck below 0, so it can die from both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linear (identity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returns its input unchanged, so a layer using it is a plain affine map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output layers for regression, and logits passed to a loss that applies the sigmoid or softmax itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers stacked with only linear activations collapse into a single linear layer, so hidden layers need a nonlinearity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exponential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always positive and growing ever faster; it is its own derivative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs that must be positive, such as rates, scales or variances predicted on a log scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overflows to infinity above x ≈ 709.78 in double precision (≈ 88.7 in float32), and large outputs make gradients explode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bell curve with its peak of 1 at x = 0, falling to 0 on both sides: the unit responds only to inputs near zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radial basis function networks and coordinate networks that need local, non-monotonic responses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradients vanish for |x| above about 3, and since it is not monotonic, different inputs give the same output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic, smooth and bounded by ±1; each of its derivatives is again a sine or cosine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implicit neural representations (SIREN) that fit images, audio or shapes with fine detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a matching initialisation (SIREN scales the first layer by ω₀ = 30); with ordinary initialisation training is unstable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequency α: the ripple repeats every π/α and is 1/α high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rising line with a periodic ripple. It can extrapolate periodic patterns and is still monotonic, because f′ = 1 + sin(2αx) ≥ 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periodic data such as time series and audio; neural vocoders like BigVGAN learn one α per channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neither Keras nor PyTorch ships it. A learned α must stay positive (it divides), and f′ drops to 0 once per period, where gradients vanish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth of the negative saturation: the output tends to −α for very negative inputs, and the slope just left of 0 is α. Keras, PyTorch and JAX all default to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exponential linear unit (ELU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity for positive inputs and a smooth exponential curve that levels off at −α for negative ones. The negative outputs pull the mean activation towards zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep feed-forward and convolutional networks in which ReLU units die or learn slowly; it often converges faster than ReLU for the price of one exponential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is C¹ only for α = 1; any other α leaves a corner at 0. Very negative inputs still saturate (slope αeˣ → 0). The Keras docstring wrongly calls α the slope of the positive part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scaled exponential linear unit (SELU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ELU scaled by λ, with both constants chosen so that activations are driven towards zero mean and unit variance layer after layer: the network normalises itself without batch normalisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep fully connected networks (self-normalising networks), with LeCun-normal weight initialisation and AlphaDropout in place of ordinary dropout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The self-normalising property needs LeCun-normal initialisation and plain feed-forward layers; ordinary dropout, batch normalisation or skip connections break it. There is a corner at 0: slope λ on the right, λα ≈ 1.758 on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level of the negative saturation, −α; the negative branch is also stretched by α, so the slope at 0 stays 1. Must be positive (PyTorch rejects 0); the default is 1 everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuously differentiable ELU (CELU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ELU whose negative branch is stretched by α, so that the slope at 0 is 1 from both sides whatever α is: C¹ for every α, and identical to ELU when α = 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you want to tune ELU&apos;s negative saturation level without creating a corner at 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like ELU it is unbounded above and its gradient vanishes for very negative inputs. The second derivative still jumps at 0 (from 1/α to 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 uses the exact form x·Φ(x); 1 uses the tanh approximation. keras.activations.gelu and PyTorch default to 0, JAX and keras.ops.gelu to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian error linear unit (GELU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights each input by Φ(x), the probability that a standard normal variable lies below it: close to ReLU for large |x| but smooth, with a small negative dip (minimum ≈ −0.170 at x ≈ −0.752).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The standard choice in Transformers (BERT, GPT, ViT) and many modern architectures; a smooth drop-in replacement for ReLU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact and tanh forms differ by up to about 5e-4, and the frameworks disagree on the default, so check which one a model was trained with. It is not monotonic and costs more than ReLU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharpness β of the gate σ(βx): 0 gives the line x/2, 1 is SiLU, and large β approaches ReLU. Keras, PyTorch and JAX fix β = 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid linear unit (SiLU, Swish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input gated by its own sigmoid: smooth, unbounded above, with a small negative dip (minimum ≈ −0.278 at x ≈ −1.278 for β = 1). β moves it between the line x/2 (β = 0) and ReLU (β → ∞).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep convolutional and Transformer models (EfficientNet, YOLO, the SwiGLU blocks of many large language models), where it often beats ReLU slightly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not monotonic and costs an exponential per unit. The frameworks fix β = 1; a Swish with a trainable β has to be written by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard SiLU (hard swish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A piecewise version of SiLU built from ReLU6: 0 below −3, x above 3 and the parabola x(x + 3)/6 in between, with its minimum −0.375 at x = −1.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile networks (MobileNetV3) and quantised inference, where the exponential of SiLU is too expensive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slope jumps at −3 and at 3, and below −3 units get no gradient at all. PyTorch 1.13 and older returned −0.5 and 1.5 at those corners; current PyTorch and JAX return 0 and 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A smooth self-gated unit like SiLU, with a slightly deeper negative dip (minimum ≈ −0.309 at x ≈ −1.192) and a gate, tanh(softplus(x)), that rises a little more steeply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vision models such as YOLOv4, where it was reported to edge out ReLU and SiLU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It needs an exponential, a logarithm and a tanh per unit, and its gain over SiLU is small and depends on the model. Written naively, eˣ overflows for large x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slope s for inputs at or below the threshold; 0 gives the flat ReLU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap m on the output; infinity means no cap (Keras&apos; None).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold t: inputs above it pass (up to the cap), inputs at or below it give s·(x − t).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectified linear unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes positive inputs unchanged and outputs 0 otherwise: cheap, non-saturating for x &gt; 0 and sparse. Keras&apos; version adds a slope for inputs below a threshold, a movable threshold and an optional cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default for hidden layers of MLPs and CNNs; start here unless you have a reason not to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units whose input stays negative get zero gradient and may never recover (dying ReLU), and outputs are not zero-centred. With a threshold t &gt; 0, Keras returns 0 at x = t and jumps to t just above it, although its layer documentation says f(t) = t.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slope a for negative inputs; 0 turns it back into ReLU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaky ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ReLU with a small slope a for negative inputs, so no unit ever has an exactly zero gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drop-in replacement for ReLU when many units die; common in GAN discriminators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default slope differs: 0.2 in Keras activations, 0.3 in the Keras LeakyReLU layer and 0.01 in PyTorch and JAX. At x = 0 PyTorch&apos;s gradient is a, JAX&apos;s is 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slope a for negative inputs; learned in training, fixed here to show its effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parametric ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A leaky ReLU whose negative slope a is a trainable weight, either shared or one per channel, learned together with the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep convolutional networks where a learned leak helps, as in the ImageNet models it was introduced for; it costs one weight per channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight decay pulls a towards 0 (plain ReLU), so leave a out of it. Keras starts a at 0 with one a per input element, PyTorch at 0.25 with one shared a; a negative a makes the function non-monotonic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower bound l of the random negative slope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper bound u of the random negative slope (PyTorch requires l ≤ u).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Randomised leaky ReLU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In training every negative input gets its own random slope between lower and upper; in evaluation the slope is their mean. The curve shown is the evaluation form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small datasets, where the random slope acts as a regulariser, as in the CIFAR and Kaggle experiments it was proposed with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training and evaluation outputs differ, so remember model.eval(), and training runs are only reproducible with the same random generator. Only PyTorch provides it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold t: only inputs strictly above it pass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value v returned for inputs at or below t (PyTorch calls it value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passes inputs above the threshold t unchanged and replaces all others by the constant v; it jumps at x = t unless v = t.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rarely a hidden activation; handy for cutting off small values or building custom units. ReLU is the case t = v = 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs at or below t get zero gradient, and the jump at t upsets training. Keras&apos; threshold needs both arguments, so activation=&quot;threshold&quot; fails as a plain string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step (Heaviside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The all-or-nothing unit of the first artificial neurons: 1 for a positive input, 0 otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teaching, and perceptrons trained with the perceptron rule; not networks trained by gradient descent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its derivative is 0 wherever it exists, so backpropagation receives no signal; use a sigmoid or a straight-through estimator instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-width λ of the zero zone, also subtracted from the magnitude of larger inputs (PyTorch calls it lambd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft shrinkage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets small inputs to zero and moves larger ones towards zero by λ. It is the proximal step of an L1 penalty, so its outputs are sparse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparse coding, denoising and unrolled optimisation networks such as LISTA, where it performs the L1 shrinkage step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs inside [−λ, λ] get zero gradient, so a large λ can silence units, and every surviving value is biased towards zero by λ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half-width λ of the zone set to zero (PyTorch calls it lambd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard shrinkage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps inputs whose magnitude exceeds λ exactly as they are and sets the rest to zero, without shrinking the survivors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparse coding and wavelet-style denoising, when large values should stay unbiased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It jumps by λ at x = ±λ, and inputs inside the zero zone get zero gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tanh shrinkage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very flat around 0, where it behaves like x³/3, and close to x ∓ 1 for large |x|; its derivative is tanh²(x).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occasionally in sparse coding or as a smooth dead zone; it is rarely a good hidden-layer activation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradient tanh²(x) ≈ x² vanishes near 0, so small inputs learn slowly. Frameworks compute x − tanh(x) directly, which loses digits near 0 and returns 0 for |x| below about 1e-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sigmoid (logistic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squashes any input smoothly into (0, 1), with σ(0) = ½ and σ(−x) = 1 − σ(x). Its slope σ(x)·σ(−x) is at most ¼, reached at the origin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output layer of binary or multi-label classifiers, where the value is read as a probability, and the gates inside LSTM and GRU cells.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It saturates on both sides, so gradients vanish once |x| exceeds about 5, and its output is always positive (not zero-centred), which slows the training of deep hidden layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A piecewise-linear stand-in for the sigmoid: a straight ramp of slope 1/6 from −3 to 3, exactly 0 below and exactly 1 above. No exponential is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gates in mobile and quantised networks, such as the squeeze-and-excitation blocks of MobileNetV3, where speed matters more than a smooth curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradient is exactly zero outside [−3, 3]. Keras 2 used another ramp, 0.2x + 0.5 saturating at ±2.5, so old models and documentation disagree with today&apos;s frameworks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparse sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ramp of slope ½ from −1 to 1, exactly 0 and 1 outside. It is sparsemax applied to the pair (x, 0), just as the sigmoid is softmax of (x, 0), and the derivative of sparse_plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a probability-like output should be able to reach exactly 0 or 1, as in sparse gates or sparse attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No gradient outside [−1, 1], so saturated units stop learning. At ±1 JAX returns the slope 0.25 while Keras on TensorFlow or torch returns 0. PyTorch has no built-in version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyperbolic tangent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An S-curve from −1 to 1 through the origin with slope 1 there. It is a rescaled sigmoid, tanh(x) = 2σ(2x) − 1, but its output is zero-centred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hidden state of recurrent networks (LSTM, GRU), small shallow networks, and outputs that must lie in (−1, 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It still saturates: once |x| exceeds about 3 the slope 1 − tanh²(x) is tiny, and gradients vanish through deep stacks of tanh layers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower bound: inputs below it are clipped to it. Keras and JAX fix it at −1; PyTorch&apos;s Hardtanh lets you change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper bound: inputs above it are clipped to it. It should exceed min_val; if it does not, the output is the constant max_val, as with torch.clamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard tanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clips the input to [min_val, max_val] and passes it unchanged in between: the identity with slope 1 inside the bounds and flat outside them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cheap bounded activation, used in early neural language models (SENNA) and in binarised or quantised networks, where it bounds the straight-through gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero gradient outside the bounds, so units pushed there stop learning. Exactly at a bound PyTorch uses slope 0 and JAX slope 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softsign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An odd S-curve into (−1, 1) like tanh, but it approaches its asymptotes polynomially (like 1 − 1/|x|) instead of exponentially, so its tails flatten much more slowly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alternative to tanh when saturation should be gentler, so that units far from zero still receive some gradient, 1/(1 + |x|)².</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gradient still decays like 1/x², and the second derivative jumps from +2 to −2 at 0 (the function is only C¹). It is rarely used in modern networks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arctangent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inverse tangent: a smooth odd S-curve into (−π/2, π/2) with slope 1/(1 + x²), so 1 at the origin. Like softsign it saturates only polynomially.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A smooth, zero-centred alternative to tanh with heavier tails, mostly met in experiments and in comparisons of activation functions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gradients still shrink like 1/x² for large inputs. Neither Keras nor PyTorch offers it as an activation name or module, so you apply the elementwise operation yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharpness β: larger values bend more tightly at 0 and approach ReLU; Keras and JAX fix it at 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A smooth, always positive ReLU whose derivative is the sigmoid σ(βx); the larger β, the closer it is to ReLU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outputs that must be positive with a smooth gradient, such as a predicted standard deviation or rate, or as a smooth ReLU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not zero-centred, and at β = 1 well above ReLU near 0 (f(0) = ln 2). PyTorch returns x itself once βx &gt; 20 (its threshold), a tiny jump the exact curve does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curvature b: sets the size of the rounded corner (f(0) = √b/2); 0 gives ReLU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squareplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A smooth ReLU made from a square root alone, cheaper than softplus; b controls how rounded the corner at 0 is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A drop-in for softplus where exp and log are expensive, for example on accelerators or in very large models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The textbook formula used by Keras and JAX cancels for very negative x and returns 0 (or even infinity below about −1.3e154); the form b/(2(√(x² + b) − x)) avoids that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparse plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A piecewise-quadratic smooth ReLU: exactly 0 below −1, exactly x above 1 and a parabola in between; its derivative is the sparse sigmoid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you want softplus-like smoothness near 0 but exact zeros (and sparse activations) for clearly negative inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is differentiable only once: f″ jumps between 0 and ½ at ±1. Below −1 units get no gradient, like dead ReLUs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log-sigmoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logarithm of the sigmoid: always negative, close to x for very negative inputs and to 0 for large ones; its derivative is σ(−x).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log-probabilities inside losses and probabilistic models, such as binary cross-entropy on logits or word2vec&apos;s negative sampling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing log(sigmoid(x)) in two steps gives −inf below x ≈ −710 and exactly 0 above x ≈ 37; use the fused function. Unbounded below and not zero-centred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature T: the inputs are divided by T first. T below 1 sharpens the distribution towards the largest input, T above 1 flattens it towards uniform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns a vector of scores into a probability distribution: every output is positive and they sum to 1. Only differences between the inputs matter, so adding a constant to all of them changes nothing. Its Jacobian is (diag(s) − s sᵀ)/T.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output layer of a multi-class classifier, paired with cross-entropy; attention weights; anywhere scores must become probabilities. The temperature controls how peaked they are, as in knowledge distillation and sampling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computed naively, exp overflows for large scores; the maximum is subtracted first (as here). When one score dominates, softmax saturates and the other gradients vanish. For training use a loss that takes logits or log_softmax, which is more accurate than taking the log of softmax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log-softmax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logarithm of softmax, computed directly as (z − m) − log Σ exp(z − m) with z = x/T and m = max z, so it never takes the log of an underflowed zero. The outputs are log-probabilities: all at most 0, and their exponentials sum to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classifier outputs trained with a negative log-likelihood loss, and wherever log-probabilities are needed, as in language models and beam search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outputs are not probabilities: exponentiate them to get those. Do not feed them to a loss that applies its own softmax (such as PyTorch&apos;s CrossEntropyLoss), or the softmax is applied twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softmax of the negated inputs: a probability distribution that gives the most weight to the smallest entry. The outputs are positive, sum to 1 and ignore a constant added to every input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning costs, distances or energies into weights, where lower should mean more likely: soft nearest neighbours, attention over distances, soft minimum selection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keras has no softmin: write softmax(−x). It saturates like softmax, and the two are easy to mix up: check that the smallest input really gets the largest weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparsemax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Euclidean projection of the inputs onto the probability simplex. Like softmax its outputs are non-negative and sum to 1, but small scores get exactly zero, so the distribution is sparse. It is piecewise linear: on the support S its Jacobian is I − 11ᵀ/|S|, and zero outside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention and multi-label outputs where a few clear choices should get all the weight and the rest exactly none, which also makes the weights easy to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries outside the support get zero gradient, so they cannot climb back in through this layer alone. The Jacobian jumps when an entry enters or leaves the support. Unlike softmax, scaling the inputs changes how many entries are non-zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gated linear unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Splits the vector into two halves a and b: a carries the signal and b decides, through a sigmoid gate, how much of it passes. The output has half as many entries. The linear path lets gradients flow without saturating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gated convolutional language models and transformer feed-forward blocks (GLU and its variants such as SwiGLU and GeGLU), where a learned gate improves quality for the same compute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The input length must be even, so the layer before must produce twice the width wanted out. The order of the halves matters: the gate is the second half.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <source>Search: name, id or alias (English or 中文)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of a name in English or Chinese, a Keras id or an alias, e.g. swish or 修正. Enter selects the first match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add formula…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define your own activation as a formula in x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the formula &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the current activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit formula…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Malformed range &quot;%1&quot;: expected A:B:N, for example -5:5:101.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The point count in &quot;%1&quot; must be between 1 and 10000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed number &quot;%1&quot; in --x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A typed formula has no parameters; remove --param.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown activation &quot;%1&quot;. Did you mean: %2? (actlab list shows all.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed parameter &quot;%1&quot;: expected NAME=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown parameter &quot;%1&quot;: %2 has no parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown parameter &quot;%1&quot; for %2; it has: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed number &quot;%1&quot; for parameter %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1 = %2 is out of range: it must be a whole number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1 = %2 is out of range: it must be from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing activation: actlab eval ID (--range A:B:N | --x X1,X2,...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--order must be 0, 1 or 2, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one of --range A:B:N or --x X1,X2,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vector activation has no second derivative here; use --order 0 or 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot take an input of %2 elements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format &quot;%1&quot;: use text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing activation: actlab render ID --out FILE.png|svg|pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown theme &quot;%1&quot;: use light or dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed size &quot;%1&quot;: expected WxH, for example 1280x800.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed number &quot;%1&quot; for --scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed range &quot;%1&quot;: expected A:B with A &lt; B, for example -5:5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --out FILE: the file to write (.png, .svg or .pdf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown file type &quot;%1&quot;: the name must end in .png, .svg, .pdf or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing dataset: actlab dataset NAME --out FILE.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --out FILE.csv (or --out - for standard output).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown dataset &quot;%1&quot;; choose one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>epoch %1/%2, loss %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one of --dataset NAME or --data FILE.csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 applies to --dataset, not to --data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --activation ID (actlab list shows them all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown optimizer &quot;%1&quot;: use sgd, momentum or adam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown initializer &quot;%1&quot;: use glorot_uniform, glorot_normal, he_uniform, he_normal, lecun_uniform or lecun_normal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown output &quot;%1&quot;: use sigmoid_bce, softmax_cce or linear_mse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed --features &quot;%1&quot;: list some of x1, x2, x1^2, x2^2, x1*x2, sin(x1), sin(x2), separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset: %1 (%2), %3 training and %4 test points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: %1, %2, %3; %4, learning rate %5, batch %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diverged in epoch %1: the loss became infinite or NaN; the weights are the last finite ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1: train loss %2, test loss %3, train accuracy %4 %, test accuracy %5 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1: train loss %2, test loss %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 steps in %2 s: %3 samples/s on %4 thread(s), %5 kernels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights checksum: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every activation in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluates an activation (or expr:FORMULA) and its derivatives at given points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draws the explorer&apos;s plot of an activation into a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes a toy data set as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trains a small network on a data set and reports the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: actlab %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures signals and gradients through a deep random network, beside the mean-field prediction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finds the weight variance at the edge of chaos for a bias variance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--depth must be a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--width must be a whole number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--batch must be a whole number from 2 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--input-variance must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bias-variance must be zero or positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--weight-variance must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--correlation must be from -1 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate must be from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth × width × batch is too large to keep in memory; use a smaller batch, width or depth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid setting: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give exactly one of --init NAME or --weight-variance S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown dropout &quot;%1&quot;: use none, standard or alpha.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate applies to --dropout standard or alpha.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer pass %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No critical weight variance up to 1000 for this bias variance: the network stays in one phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical weight variance σ_w² = %1 (χ₁ = 1), fixed point q* = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ActLab %1, the activation function lab.
Without a command, actlab starts the window, with these options (and --help, --version):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands (actlab COMMAND --help for details):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Did you mean: %2? (actlab help lists the commands.)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an activation to draw next to the current one (at most two).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: name, id or alias (English or 中文)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonBar</name>
    <message>
        <source>Compared with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from the plot</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvErrorText</name>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header &quot;%1&quot; is not understood (expected x1,x2,label or x,y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the first row has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1, &quot;%2&quot;, is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field %1, &quot;%2&quot;, is not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the class &quot;%1&quot; is not a whole number from 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the class &quot;%1&quot; is above the largest allowed, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was loaded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2. Nothing was loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row needs 2 fields (x,y) or 3 (x1,x2,label), this one has %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dataset</name>
    <message>
        <source>Circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusive or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaussian blobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spiral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two moons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkerboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sine (1-D regression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absolute value (1-D regression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step (1-D regression)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plane (2-D regression)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionMapView</name>
    <message>
        <source>x = %1
prediction = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x₁ = %1, x₂ = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(class 1) = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prediction = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P(class %1) = %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepthCurvesView</name>
    <message>
        <source>std. dev. of hˡ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient ‖∂E/∂hˡ‖²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correlation cˡ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saturated ─ / dead ┄ (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer l</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepthHistogramView</name>
    <message>
        <source>hˡ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No configuration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepthLabFile</name>
    <message>
        <source>%1 is not a depth-lab file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth-lab files (*.actlab-depth.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepthLabPage</name>
    <message>
        <source>ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chaotic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open depth-lab file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save depth-lab file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Measured on a random network of depth %1 and width %2 with %3 inputs, for %n configuration(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Measuring… %1 of %2 configurations done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals and gradients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Histograms through depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase diagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a point to change its weight and bias variances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solid: measured on a random network · dashed: mean-field theory. Wheel: zoom · drag: pan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a depth-lab file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these configurations and settings as a depth-lab file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart shown as PNG or PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DepthSettingsPanel</name>
    <message>
        <source>σ_w² = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, σ_b² = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typed formula…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configurations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation · weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>χ₁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line is drawn in its own colour. χ₁ &lt; 1: ordered, signals converge and gradients vanish; χ₁ &gt; 1: chaotic, gradients explode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a copy of the selected configuration (up to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sigmoid and tanh with Glorot, ReLU and GELU with He, SELU with LeCun normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a formula in x, e.g. x*sigmoid(x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ_w²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight variance times the width: Wᵢⱼ ~ N(0, σ_w²/N). Typing a value replaces the initialiser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>σ_b²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bias variance: bᵢ ~ N(0, σ_b²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show in the charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many random inputs are pushed through; pairs of them start with correlation c⁰</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input variance q⁰</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input correlation c⁰</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropout rate p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same seed draws the same network and inputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explicit σ_w²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AlphaDropout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width in pixels (points for PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height in pixels (points for PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image pixels per layout pixel: 2 gives a crisp image on high-resolution screens and projectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG: a bitmap for slides and documents. The image has size × scale pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG: a vector drawing for web pages and Inkscape; the size sets its proportions and text size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF: a vector page for LaTeX and print; one pixel is one point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV: the sampled points of every curve shown, with the columns curve, order, piece, x and y.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the figure to the clipboard at this size and scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG vector drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV data (sampled curves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide 16:10 (1280 × 800)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slide 16:9 (1920 × 1080)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector 4:3 (1024 × 768)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper figure (800 × 500)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureExporter</name>
    <message>
        <source>The figure must be from %1 to %2 pixels wide and high.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scale must be from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image would be too large (%1 megapixels); lower the size or the scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not draw the figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard is not available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormulaDialog</name>
    <message>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. My gated unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(x) &amp;=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. x*sigmoid(1.5*x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an expression in x with + - * / ^, functions such as exp, sin, tanh, abs, min, max, and any built-in activation by its id, e.g. relu(x) or softplus(x). Derivatives are computed numerically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The formula is valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormulaError</name>
    <message>
        <source>The formula is empty: type an expression in x, such as sin(x).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown name &quot;%1&quot; at column %2: use x, a function such as exp or sigmoid, or a constant such as _pi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected &quot;%1&quot; at column %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing closing parenthesis for the one opened at column %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected parenthesis at column %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The formula ends too early, at column %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number of arguments for &quot;%1&quot; at column %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The formula cannot be read at column %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The formula is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parentheses are nested too deeply at column %1: at most %2 levels.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormulaTypesetter</name>
    <message>
        <source>a is learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tanh form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>such that</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoPanel</name>
    <message>
        <source>Copied ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discontinuous (has jumps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continuous, with kinks (C⁰)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>continuously differentiable (C¹)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twice continuously differentiable (C²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monotonic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoothness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-centred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounded below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounded above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-normalising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f′ and f″ of a formula are computed numerically by the core, so they are approximations near kinks and jumps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keras.activations %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults that differ between frameworks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kinks or jumps for these parameters: every framework returns the same derivative everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x = %1: jump in f; PyTorch&apos;s f′ there is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x = %1: kink; PyTorch&apos;s f′ there is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Derivative at the non-differentiable points (current parameters):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties (default parameters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitfalls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introduced in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frameworks compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the Keras 3 code to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the PyTorch code to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activation selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an activation from the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A formula you typed. Every built-in activation can be used in it by its id, e.g. relu(x).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vector activation. The plot shows its output for the input (x, x), i.e. both halves equal to x.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vector activation. The plot shows the first output for the two-element input (x, 0); for softmax that is σ(x/T).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; JAX&apos;s is %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; JAX agrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smooth (C∞)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitializerText</name>
    <message>
        <source>Glorot uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glorot normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>He normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeCun uniform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LeCun normal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an invalid value for &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabFile</name>
    <message>
        <source>%1 is not a playground lab file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playground lab files (*.actlab-playground.json *.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossCurvesView</name>
    <message>
        <source>Epoch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train loss %1, test loss %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gradient norms %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead %1%, saturated %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saturated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‖gradient‖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dead, sat. %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>ActLab, the activation function lab. Headless commands: actlab help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language: en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use en or zh_CN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page to open on: explorer, playground or depth (default: the last one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a lab file: a playground or depth-lab set-up, on its page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;: use explorer, playground or depth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lab file to open (like --lab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>ActLab — Activation Function Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About ActLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About ActLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;ActLab %1&lt;/h3&gt;&lt;p&gt;A laboratory for neural-network activation functions: their shapes, exact derivatives, and what they do to a network that learns.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL-3.0), QCustomPlot (GPL-3.0), muParser (BSD-2-Clause), Eigen (MPL-2.0) and oneTBB (Apache-2.0).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x = %1    f(x) = %2    f′(x) = %3    f″(x) = %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the mouse over the plot to read x, f(x), f′(x) and f″(x). Wheel: zoom · drag: pan · Ctrl+drag: zoom to a box · R: reset view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plot was copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the plot as PNG, SVG or PDF, or its curves as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo parameter change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo parameter change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;formula…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;first derivative f′</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;second derivative f″</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a second or third activation in the same plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear comparisons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;anels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shapes and derivatives of the activations (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net&amp;work playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a small network and watch it learn (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Depth lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals and gradients through many layers, measured and predicted (F4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsView</name>
    <message>
        <source>Loss: train %1, test %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accuracy: train %1, test %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden units: %1 dead, %2 saturated of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix (test set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix (training set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted →</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetworkDiagramView</name>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, unit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Input %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
bias = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2
weight = %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParameterEditor</name>
    <message>
        <source>None (∞)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slider: %1 to %2; allowed: %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to the default, %1 (as in keras.activations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit: the value None in Keras, i.e. +∞</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>framework name, then its default value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1&apos;s default: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParameterPanel</name>
    <message>
        <source>change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset every parameter to its default (Ctrl+Z undoes it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an activation from the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A formula has no parameters: edit the formula to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This activation has no parameters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhaseDiagramView</name>
    <message>
        <source>weight variance σ_w²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bias variance σ_b²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>χ₁  (&lt; 1 ordered · &gt; 1 chaotic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical line χ₁ = 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical line χ₁ = 1 of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaygroundControls</name>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1 · %2 epochs/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train one epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again from the initial weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or pause training (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Epochs per frame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many epochs are trained between two displayed frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no epoch limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss ≤ </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full speed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <source>These data settings are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 diverged at epoch %2 (loss is not finite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached loss %1 at epoch %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a target loss to time the race.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs to loss %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n points)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open playground lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save playground lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load CSV data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discretise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the predicted class, without confidence shading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;test points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training points are filled discs, test points are rings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden units (hover to enlarge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open lab…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save lab…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision map as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss curves as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which run the unit maps, network, metrics and epoch counter show</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaygroundSession</name>
    <message>
        <source>This activation needs a whole vector and cannot be used in a hidden layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An activation parameter is out of its range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown activation &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one input feature that the data has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of hidden units is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data has no points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output layer cannot learn this task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings are not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification into %1 classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sigmoid output, binary cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>softmax output, categorical cross-entropy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear output, mean squared error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 training and %4 test points</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaygroundSetupPanel</name>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Samples:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Noise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Classes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test share:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data s&amp;eed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hidden units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second &amp;layer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>f(x)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your own activation formula</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Optimizer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning &amp;rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Initializer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit (+∞)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlotView</name>
    <message>
        <source>%1 — derivative f′</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — second derivative f″</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>input x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output f(x) and derivatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output f(x)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RaceRivalEditor</name>
    <message>
        <source>The rival&apos;s own parameter values, in this order, separated by commas: %1. Empty: the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Race a rival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a second network that differs in one setting, on the same data and from the same initial weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>that differs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>activation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optimiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rival&apos;s learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rival&apos;s L2 weight decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rival&apos;s batch size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rival&apos;s activation (the set-up panel&apos;s list, with your formulas)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingError</name>
    <message>
        <source>The number of points must be from %1 to %2, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The noise must be from 0 to 1, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of classes must be from 2 to %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 dataset has two classes; only spiral and gauss take more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown activation &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 works on a whole vector and cannot be the activation of hidden units.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many parameter values for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter %1 of %2 is out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hidden layer needs 1 to %1 units, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second hidden layer needs 0 (none) to %1 units, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The learning rate must be a positive number, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The momentum must be from 0 to below 1, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The batch size must be 0 (full batch) or more, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L2 must be 0 or a positive number, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of epochs must be 0 or more, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test fraction must be from 0 to %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of threads must be from 1 to %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid size must be from 0 to %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This output layer cannot learn the task: regression needs linear_mse, several classes need softmax_cce or linear_mse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no training points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These input features do not fit the data: choose at least one, and for one-dimensional data only x1, x1^2 or sin(x1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitMapsView</name>
    <message>
        <source>Hidden unit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
