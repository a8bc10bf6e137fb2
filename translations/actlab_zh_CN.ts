<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>Catalog</name>
        <message>
            <source>ReLU family</source>
            <translation>ReLU 家族</translation>
        </message>
        <message>
            <source>Sigmoid and tanh family</source>
            <translation>Sigmoid 与 tanh 家族</translation>
        </message>
        <message>
            <source>Exponential linear units</source>
            <translation>指数线性单元</translation>
        </message>
        <message>
            <source>Self-gated units</source>
            <translation>自门控单元</translation>
        </message>
        <message>
            <source>Smooth ReLU approximations</source>
            <translation>平滑的 ReLU 近似</translation>
        </message>
        <message>
            <source>Shrinkage functions</source>
            <translation>收缩函数</translation>
        </message>
        <message>
            <source>Classic and periodic</source>
            <translation>经典与周期函数</translation>
        </message>
        <message>
            <source>Vector activations</source>
            <translation>向量激活函数</translation>
        </message>
        <message>
            <source>My formulas</source>
            <translation>我的公式</translation>
        </message>
        <message>
            <source>ReLU clipped at 6: identity between 0 and 6, flat outside. The cap keeps activations in a small fixed range.</source>
            <translation>在 6 处截断的 ReLU：0 到 6 之间为恒等映射，区间外保持平坦。上限使激活值保持在一个固定的小范围内。</translation>
        </message>
        <message>
            <source>Mobile and quantised networks (MobileNet), where a bounded range maps well onto low-precision arithmetic.</source>
            <translation>移动端和量化网络（如 MobileNet），有界的取值范围便于映射到低精度运算。</translation>
        </message>
        <message>
            <source>Units stuck above 6 pass no gradient, just like units stuck below 0, so it can die from both sides.</source>
            <translation>长期高于 6 的单元和长期低于 0 的单元一样没有梯度，因此它可能从两侧“死亡”。</translation>
        </message>
        <message>
            <source>Linear (identity)</source>
            <translation>线性（恒等）函数</translation>
        </message>
        <message>
            <source>Returns its input unchanged, so a layer using it is a plain affine map.</source>
            <translation>原样返回输入，因此使用它的层只是一个仿射变换。</translation>
        </message>
        <message>
            <source>Output layers for regression, and logits passed to a loss that applies the sigmoid or softmax itself.</source>
            <translation>回归任务的输出层，以及交给自带 sigmoid 或 softmax 的损失函数的 logits。</translation>
        </message>
        <message>
            <source>Layers stacked with only linear activations collapse into a single linear layer, so hidden layers need a nonlinearity.</source>
            <translation>只用线性激活堆叠的多层等价于单个线性层，所以隐藏层需要非线性。</translation>
        </message>
        <message>
            <source>Exponential</source>
            <translation>指数函数</translation>
        </message>
        <message>
            <source>Always positive and growing ever faster; it is its own derivative.</source>
            <translation>始终为正且增长越来越快；它的导数就是它自己。</translation>
        </message>
        <message>
            <source>Outputs that must be positive, such as rates, scales or variances predicted on a log scale.</source>
            <translation>必须为正的输出，例如在对数尺度上预测的速率、尺度或方差。</translation>
        </message>
        <message>
            <source>Overflows to infinity above x ≈ 709.78 in double precision (≈ 88.7 in float32), and large outputs make gradients explode.</source>
            <translation>双精度下 x 超过约 709.78（float32 下约 88.7）就会溢出为无穷大，过大的输出还会导致梯度爆炸。</translation>
        </message>
        <message>
            <source>Gaussian</source>
            <translation>高斯函数</translation>
        </message>
        <message>
            <source>A bell curve with its peak of 1 at x = 0, falling to 0 on both sides: the unit responds only to inputs near zero.</source>
            <translation>一条钟形曲线，在 x = 0 处取峰值 1，向两侧衰减到 0：单元只对零附近的输入有响应。</translation>
        </message>
        <message>
            <source>Radial basis function networks and coordinate networks that need local, non-monotonic responses.</source>
            <translation>需要局部、非单调响应的径向基函数网络和坐标网络。</translation>
        </message>
        <message>
            <source>Gradients vanish for |x| above about 3, and since it is not monotonic, different inputs give the same output.</source>
            <translation>|x| 大于约 3 时梯度消失；又因为不单调，不同的输入会得到相同的输出。</translation>
        </message>
        <message>
            <source>Sine</source>
            <translation>正弦函数</translation>
        </message>
        <message>
            <source>Periodic, smooth and bounded by ±1; each of its derivatives is again a sine or cosine.</source>
            <translation>周期、光滑且介于 ±1 之间；它的各阶导数仍是正弦或余弦。</translation>
        </message>
        <message>
            <source>Implicit neural representations (SIREN) that fit images, audio or shapes with fine detail.</source>
            <translation>隐式神经表示（SIREN），用于高细节地拟合图像、音频或三维形状。</translation>
        </message>
        <message>
            <source>Needs a matching initialisation (SIREN scales the first layer by ω₀ = 30); with ordinary initialisation training is unstable.</source>
            <translation>需要配套的初始化（SIREN 将第一层乘以 ω₀ = 30）；使用普通初始化时训练不稳定。</translation>
        </message>
        <message>
            <source>Frequency α: the ripple repeats every π/α and is 1/α high.</source>
            <translation>频率 α：波纹的周期为 π/α，高度为 1/α。</translation>
        </message>
        <message>
            <source>Snake</source>
            <translation>Snake 函数</translation>
        </message>
        <message>
            <source>A rising line with a periodic ripple. It can extrapolate periodic patterns and is still monotonic, because f′ = 1 + sin(2αx) ≥ 0.</source>
            <translation>一条叠加了周期波纹的上升直线。它能外推周期性规律，同时仍然单调，因为 f′ = 1 + sin(2αx) ≥ 0。</translation>
        </message>
        <message>
            <source>Periodic data such as time series and audio; neural vocoders like BigVGAN learn one α per channel.</source>
            <translation>时间序列、音频等周期性数据；BigVGAN 等神经声码器为每个通道学习一个 α。</translation>
        </message>
        <message>
            <source>Neither Keras nor PyTorch ships it. A learned α must stay positive (it divides), and f′ drops to 0 once per period, where gradients vanish.</source>
            <translation>Keras 和 PyTorch 都没有内置它。学习得到的 α 必须保持为正（它是除数）；f′ 每个周期降到 0 一次，在那里梯度消失。</translation>
        </message>
        <message>
            <source>Depth of the negative saturation: the output tends to −α for very negative inputs, and the slope just left of 0 is α. Keras, PyTorch and JAX all default to 1.</source>
            <translation>负半轴饱和的深度：输入非常负时输出趋于 −α，0 左侧的斜率为 α。Keras、PyTorch 和 JAX 的默认值都是 1。</translation>
        </message>
        <message>
            <source>Exponential linear unit (ELU)</source>
            <translation>指数线性单元（ELU）</translation>
        </message>
        <message>
            <source>The identity for positive inputs and a smooth exponential curve that levels off at −α for negative ones. The negative outputs pull the mean activation towards zero.</source>
            <translation>正输入时是恒等映射，负输入时是一条平滑的指数曲线，最终趋于 −α。负输出把激活的均值拉向零。</translation>
        </message>
        <message>
            <source>Deep feed-forward and convolutional networks in which ReLU units die or learn slowly; it often converges faster than ReLU for the price of one exponential.</source>
            <translation>ReLU 单元容易死亡或学习缓慢的深层前馈网络和卷积网络；只多一次指数运算，常比 ReLU 收敛更快。</translation>
        </message>
        <message>
            <source>It is C¹ only for α = 1; any other α leaves a corner at 0. Very negative inputs still saturate (slope αeˣ → 0). The Keras docstring wrongly calls α the slope of the positive part.</source>
            <translation>只有 α = 1 时才是 C¹ 的，其他 α 会在 0 处留下一个折角。输入非常负时仍会饱和（斜率 αeˣ → 0）。Keras 的文档字符串错误地把 α 称为正半轴的斜率。</translation>
        </message>
        <message>
            <source>Scaled exponential linear unit (SELU)</source>
            <translation>缩放指数线性单元（SELU）</translation>
        </message>
        <message>
            <source>An ELU scaled by λ, with both constants chosen so that activations are driven towards zero mean and unit variance layer after layer: the network normalises itself without batch normalisation.</source>
            <translation>乘以 λ 的 ELU，两个常数经过专门选取，使激活值逐层趋向零均值、单位方差：网络无需批归一化即可自我归一化。</translation>
        </message>
        <message>
            <source>Deep fully connected networks (self-normalising networks), with LeCun-normal weight initialisation and AlphaDropout in place of ordinary dropout.</source>
            <translation>深层全连接网络（自归一化网络），配合 LeCun 正态权重初始化，并用 AlphaDropout 代替普通 dropout。</translation>
        </message>
        <message>
            <source>The self-normalising property needs LeCun-normal initialisation and plain feed-forward layers; ordinary dropout, batch normalisation or skip connections break it. There is a corner at 0: slope λ on the right, λα ≈ 1.758 on the left.</source>
            <translation>自归一化性质要求 LeCun 正态初始化和普通的前馈层；普通 dropout、批归一化或跳跃连接都会破坏它。0 处有折角：右侧斜率 λ，左侧 λα ≈ 1.758。</translation>
        </message>
        <message>
            <source>Continuously differentiable ELU (CELU)</source>
            <translation>连续可微指数线性单元（CELU）</translation>
        </message>
        <message>
            <source>An ELU whose negative branch is stretched by α, so that the slope at 0 is 1 from both sides whatever α is: C¹ for every α, and identical to ELU when α = 1.</source>
            <translation>负分支按 α 拉伸的 ELU，无论 α 取何值，0 处两侧斜率都是 1：对任意 α 都是 C¹ 的，α = 1 时与 ELU 完全相同。</translation>
        </message>
        <message>
            <source>When you want to tune ELU's negative saturation level without creating a corner at 0.</source>
            <translation>想调节 ELU 负半轴的饱和水平、又不想在 0 处产生折角时。</translation>
        </message>
        <message>
            <source>Like ELU it is unbounded above and its gradient vanishes for very negative inputs. The second derivative still jumps at 0 (from 1/α to 0).</source>
            <translation>与 ELU 一样上方无界，输入非常负时梯度消失。二阶导数在 0 处仍有跳变（从 1/α 跳到 0）。</translation>
        </message>
        <message>
            <source>0 uses the exact form x·Φ(x); 1 uses the tanh approximation. keras.activations.gelu and PyTorch default to 0, JAX and keras.ops.gelu to 1.</source>
            <translation>0 使用精确形式 x·Φ(x)；1 使用 tanh 近似。keras.activations.gelu 和 PyTorch 默认为 0，JAX 和 keras.ops.gelu 默认为 1。</translation>
        </message>
        <message>
            <source>Gaussian error linear unit (GELU)</source>
            <translation>高斯误差线性单元（GELU）</translation>
        </message>
        <message>
            <source>Weights each input by Φ(x), the probability that a standard normal variable lies below it: close to ReLU for large |x| but smooth, with a small negative dip (minimum ≈ −0.170 at x ≈ −0.752).</source>
            <translation>用 Φ(x)（标准正态变量小于 x 的概率）给每个输入加权：|x| 较大时接近 ReLU，但处处光滑，并有一个小的负向凹陷（最小值 ≈ −0.170，位于 x ≈ −0.752）。</translation>
        </message>
        <message>
            <source>The standard choice in Transformers (BERT, GPT, ViT) and many modern architectures; a smooth drop-in replacement for ReLU.</source>
            <translation>Transformer（BERT、GPT、ViT）和许多现代架构的标准选择；可以平滑地直接替换 ReLU。</translation>
        </message>
        <message>
            <source>The exact and tanh forms differ by up to about 5e-4, and the frameworks disagree on the default, so check which one a model was trained with. It is not monotonic and costs more than ReLU.</source>
            <translation>精确形式与 tanh 形式最多相差约 5e-4，而各框架的默认形式不同，因此要确认模型训练时用的是哪一种。它不是单调函数，计算量也比 ReLU 大。</translation>
        </message>
        <message>
            <source>Sharpness β of the gate σ(βx): 0 gives the line x/2, 1 is SiLU, and large β approaches ReLU. Keras, PyTorch and JAX fix β = 1.</source>
            <translation>门 σ(βx) 的陡峭程度 β：0 得到直线 x/2，1 就是 SiLU，β 很大时趋近 ReLU。Keras、PyTorch 和 JAX 都把 β 固定为 1。</translation>
        </message>
        <message>
            <source>Sigmoid linear unit (SiLU, Swish)</source>
            <translation>Sigmoid 线性单元（SiLU，Swish）</translation>
        </message>
        <message>
            <source>The input gated by its own sigmoid: smooth, unbounded above, with a small negative dip (minimum ≈ −0.278 at x ≈ −1.278 for β = 1). β moves it between the line x/2 (β = 0) and ReLU (β → ∞).</source>
            <translation>输入被自身的 Sigmoid 门控：光滑、上方无界，有一个小的负向凹陷（β = 1 时最小值 ≈ −0.278，位于 x ≈ −1.278）。β 让它在直线 x/2（β = 0）和 ReLU（β → ∞）之间变化。</translation>
        </message>
        <message>
            <source>Deep convolutional and Transformer models (EfficientNet, YOLO, the SwiGLU blocks of many large language models), where it often beats ReLU slightly.</source>
            <translation>深层卷积网络和 Transformer 模型（EfficientNet、YOLO、许多大语言模型中的 SwiGLU 模块），常常略优于 ReLU。</translation>
        </message>
        <message>
            <source>It is not monotonic and costs an exponential per unit. The frameworks fix β = 1; a Swish with a trainable β has to be written by hand.</source>
            <translation>它不是单调函数，每个单元要算一次指数。各框架都把 β 固定为 1；β 可训练的 Swish 需要自己编写。</translation>
        </message>
        <message>
            <source>Hard SiLU (hard swish)</source>
            <translation>硬 SiLU（hard swish）</translation>
        </message>
        <message>
            <source>A piecewise version of SiLU built from ReLU6: 0 below −3, x above 3 and the parabola x(x + 3)/6 in between, with its minimum −0.375 at x = −1.5.</source>
            <translation>用 ReLU6 构造的分段版 SiLU：−3 以下为 0，3 以上为 x，中间是抛物线 x(x + 3)/6，在 x = −1.5 处取最小值 −0.375。</translation>
        </message>
        <message>
            <source>Mobile networks (MobileNetV3) and quantised inference, where the exponential of SiLU is too expensive.</source>
            <translation>移动端网络（MobileNetV3）和量化推理，在那里 SiLU 的指数运算太昂贵。</translation>
        </message>
        <message>
            <source>The slope jumps at −3 and at 3, and below −3 units get no gradient at all. PyTorch 1.13 and older returned −0.5 and 1.5 at those corners; current PyTorch and JAX return 0 and 1.</source>
            <translation>斜率在 −3 和 3 处跳变，−3 以下的单元完全没有梯度。PyTorch 1.13 及更早版本在这两个折点返回 −0.5 和 1.5；当前的 PyTorch 和 JAX 返回 0 和 1。</translation>
        </message>
        <message>
            <source>Mish</source>
            <translation>Mish</translation>
        </message>
        <message>
            <source>A smooth self-gated unit like SiLU, with a slightly deeper negative dip (minimum ≈ −0.309 at x ≈ −1.192) and a gate, tanh(softplus(x)), that rises a little more steeply.</source>
            <translation>与 SiLU 类似的光滑自门控单元，负向凹陷略深（最小值 ≈ −0.309，位于 x ≈ −1.192），其门 tanh(softplus(x)) 上升得稍陡一些。</translation>
        </message>
        <message>
            <source>Vision models such as YOLOv4, where it was reported to edge out ReLU and SiLU.</source>
            <translation>YOLOv4 等视觉模型，据报道它比 ReLU 和 SiLU 略胜一筹。</translation>
        </message>
        <message>
            <source>It needs an exponential, a logarithm and a tanh per unit, and its gain over SiLU is small and depends on the model. Written naively, eˣ overflows for large x.</source>
            <translation>每个单元需要一次指数、一次对数和一次 tanh，相对 SiLU 的收益很小且依模型而异。直接按公式计算时，x 很大会使 eˣ 溢出。</translation>
        </message>
        <message>
            <source>Slope s for inputs at or below the threshold; 0 gives the flat ReLU.</source>
            <translation>输入不超过阈值时使用的斜率 s；取 0 即为负半轴平坦的普通 ReLU。</translation>
        </message>
        <message>
            <source>Cap m on the output; infinity means no cap (Keras' None).</source>
            <translation>输出的上限 m；无穷大表示不设上限（对应 Keras 的 None）。</translation>
        </message>
        <message>
            <source>Threshold t: inputs above it pass (up to the cap), inputs at or below it give s·(x − t).</source>
            <translation>阈值 t：大于它的输入原样通过（不超过上限），不超过它的输入输出 s·(x − t)。</translation>
        </message>
        <message>
            <source>Rectified linear unit</source>
            <translation>修正线性单元</translation>
        </message>
        <message>
            <source>Passes positive inputs unchanged and outputs 0 otherwise: cheap, non-saturating for x &gt; 0 and sparse. Keras' version adds a slope for inputs below a threshold, a movable threshold and an optional cap.</source>
            <translation>正输入原样输出，其余输出 0：计算便宜，在 x &gt; 0 时不饱和，并产生稀疏激活。Keras 的版本还增加了阈值以下的斜率、可移动的阈值和可选的上限。</translation>
        </message>
        <message>
            <source>The default for hidden layers of MLPs and CNNs; start here unless you have a reason not to.</source>
            <translation>多层感知机和卷积网络隐藏层的默认选择；除非有特别理由，先从它开始。</translation>
        </message>
        <message>
            <source>Units whose input stays negative get zero gradient and may never recover (dying ReLU), and outputs are not zero-centred. With a threshold t &gt; 0, Keras returns 0 at x = t and jumps to t just above it, although its layer documentation says f(t) = t.</source>
            <translation>输入一直为负的单元梯度为零，可能再也无法恢复（“死亡 ReLU”），而且输出不以零为中心。当阈值 t &gt; 0 时，Keras 在 x = t 处返回 0，越过 t 后立即跳到 t，尽管其层文档写的是 f(t) = t。</translation>
        </message>
        <message>
            <source>ReLU6</source>
            <translation>ReLU6</translation>
        </message>
        <message>
            <source>Slope a for negative inputs; 0 turns it back into ReLU.</source>
            <translation>负输入的斜率 a；取 0 时退化为 ReLU。</translation>
        </message>
        <message>
            <source>Leaky ReLU</source>
            <translation>带泄漏修正线性单元（Leaky ReLU）</translation>
        </message>
        <message>
            <source>ReLU with a small slope a for negative inputs, so no unit ever has an exactly zero gradient.</source>
            <translation>负输入带一个小斜率 a 的 ReLU，因此任何单元的梯度都不会恰好为零。</translation>
        </message>
        <message>
            <source>A drop-in replacement for ReLU when many units die; common in GAN discriminators.</source>
            <translation>当大量单元“死亡”时可直接替换 ReLU；在 GAN 判别器中很常见。</translation>
        </message>
        <message>
            <source>The default slope differs: 0.2 in Keras activations, 0.3 in the Keras LeakyReLU layer and 0.01 in PyTorch and JAX. At x = 0 PyTorch's gradient is a, JAX's is 1.</source>
            <translation>各框架的默认斜率不同：Keras 激活函数为 0.2，Keras 的 LeakyReLU 层为 0.3，PyTorch 和 JAX 为 0.01。在 x = 0 处，PyTorch 给出的梯度是 a，JAX 给出的是 1。</translation>
        </message>
        <message>
            <source>Slope a for negative inputs; learned in training, fixed here to show its effect.</source>
            <translation>负输入的斜率 a；训练中会被学习，这里固定下来以展示其作用。</translation>
        </message>
        <message>
            <source>Parametric ReLU</source>
            <translation>参数化修正线性单元（PReLU）</translation>
        </message>
        <message>
            <source>A leaky ReLU whose negative slope a is a trainable weight, either shared or one per channel, learned together with the network.</source>
            <translation>负半轴斜率 a 为可训练权重的 Leaky ReLU，a 可以全层共享或每个通道一个，与网络一同学习。</translation>
        </message>
        <message>
            <source>Deep convolutional networks where a learned leak helps, as in the ImageNet models it was introduced for; it costs one weight per channel.</source>
            <translation>适用于可学习泄漏有帮助的深层卷积网络，例如提出它时的 ImageNet 模型；每个通道只多一个权重。</translation>
        </message>
        <message>
            <source>Weight decay pulls a towards 0 (plain ReLU), so leave a out of it. Keras starts a at 0 with one a per input element, PyTorch at 0.25 with one shared a; a negative a makes the function non-monotonic.</source>
            <translation>权重衰减会把 a 拉向 0（即普通 ReLU），所以不要对 a 做权重衰减。Keras 中 a 初始为 0 且每个输入元素一个，PyTorch 中初始为 0.25 且全层共享一个；a 为负时函数不再单调。</translation>
        </message>
        <message>
            <source>Lower bound l of the random negative slope.</source>
            <translation>随机负斜率的下界 l。</translation>
        </message>
        <message>
            <source>Upper bound u of the random negative slope (PyTorch requires l ≤ u).</source>
            <translation>随机负斜率的上界 u（PyTorch 要求 l ≤ u）。</translation>
        </message>
        <message>
            <source>Randomised leaky ReLU</source>
            <translation>随机修正线性单元（RReLU）</translation>
        </message>
        <message>
            <source>In training every negative input gets its own random slope between lower and upper; in evaluation the slope is their mean. The curve shown is the evaluation form.</source>
            <translation>训练时每个负输入都在下界与上界之间随机抽取自己的斜率；评估时斜率取二者的平均值。图中显示的是评估形式。</translation>
        </message>
        <message>
            <source>Small datasets, where the random slope acts as a regulariser, as in the CIFAR and Kaggle experiments it was proposed with.</source>
            <translation>小数据集，此时随机斜率起到正则化作用，正如提出它时在 CIFAR 和 Kaggle 数据上的实验。</translation>
        </message>
        <message>
            <source>Training and evaluation outputs differ, so remember model.eval(), and training runs are only reproducible with the same random generator. Only PyTorch provides it.</source>
            <translation>训练和评估时输出不同，记得调用 model.eval()；训练过程只有在使用相同随机数生成器时才能复现。只有 PyTorch 提供它。</translation>
        </message>
        <message>
            <source>Threshold t: only inputs strictly above it pass.</source>
            <translation>阈值 t：只有严格大于它的输入才会通过。</translation>
        </message>
        <message>
            <source>Value v returned for inputs at or below t (PyTorch calls it value).</source>
            <translation>输入不超过 t 时返回的值 v（PyTorch 中称为 value）。</translation>
        </message>
        <message>
            <source>Threshold</source>
            <translation>阈值函数</translation>
        </message>
        <message>
            <source>Passes inputs above the threshold t unchanged and replaces all others by the constant v; it jumps at x = t unless v = t.</source>
            <translation>大于阈值 t 的输入原样通过，其余一律替换为常数 v；除非 v = t，否则在 x = t 处有跳跃。</translation>
        </message>
        <message>
            <source>Rarely a hidden activation; handy for cutting off small values or building custom units. ReLU is the case t = v = 0.</source>
            <translation>很少用作隐藏层激活；适合截掉较小的值或构造自定义单元。ReLU 就是 t = v = 0 的特例。</translation>
        </message>
        <message>
            <source>Inputs at or below t get zero gradient, and the jump at t upsets training. Keras' threshold needs both arguments, so activation="threshold" fails as a plain string.</source>
            <translation>不超过 t 的输入梯度为零，t 处的跳跃也会干扰训练。Keras 的 threshold 需要两个参数，所以直接写 activation="threshold" 会出错。</translation>
        </message>
        <message>
            <source>Step (Heaviside)</source>
            <translation>阶跃函数（Heaviside）</translation>
        </message>
        <message>
            <source>The all-or-nothing unit of the first artificial neurons: 1 for a positive input, 0 otherwise.</source>
            <translation>最早的人工神经元所用的“全有或全无”单元：输入为正时输出 1，否则输出 0。</translation>
        </message>
        <message>
            <source>Teaching, and perceptrons trained with the perceptron rule; not networks trained by gradient descent.</source>
            <translation>用于教学以及用感知机规则训练的感知机；不适合用梯度下降训练的网络。</translation>
        </message>
        <message>
            <source>Its derivative is 0 wherever it exists, so backpropagation receives no signal; use a sigmoid or a straight-through estimator instead.</source>
            <translation>它的导数在存在的地方处处为 0，反向传播得不到任何信号；可改用 sigmoid 或直通估计器（straight-through estimator）。</translation>
        </message>
        <message>
            <source>Half-width λ of the zero zone, also subtracted from the magnitude of larger inputs (PyTorch calls it lambd).</source>
            <translation>置零区间的半宽 λ，较大输入的绝对值也会减去它（PyTorch 中称为 lambd）。</translation>
        </message>
        <message>
            <source>Soft shrinkage</source>
            <translation>软收缩</translation>
        </message>
        <message>
            <source>Sets small inputs to zero and moves larger ones towards zero by λ. It is the proximal step of an L1 penalty, so its outputs are sparse.</source>
            <translation>把较小的输入置零，并把较大的输入向零移动 λ。它是 L1 惩罚的近端算子，因此输出是稀疏的。</translation>
        </message>
        <message>
            <source>Sparse coding, denoising and unrolled optimisation networks such as LISTA, where it performs the L1 shrinkage step.</source>
            <translation>稀疏编码、去噪以及 LISTA 等展开式优化网络，在其中执行 L1 收缩步骤。</translation>
        </message>
        <message>
            <source>Inputs inside [−λ, λ] get zero gradient, so a large λ can silence units, and every surviving value is biased towards zero by λ.</source>
            <translation>落在 [−λ, λ] 内的输入梯度为零，λ 过大会让单元沉默；保留下来的值也都向零偏移了 λ。</translation>
        </message>
        <message>
            <source>Half-width λ of the zone set to zero (PyTorch calls it lambd).</source>
            <translation>置零区间的半宽 λ（PyTorch 中称为 lambd）。</translation>
        </message>
        <message>
            <source>Hard shrinkage</source>
            <translation>硬收缩</translation>
        </message>
        <message>
            <source>Keeps inputs whose magnitude exceeds λ exactly as they are and sets the rest to zero, without shrinking the survivors.</source>
            <translation>绝对值超过 λ 的输入原样保留，其余置零，保留下来的值不做收缩。</translation>
        </message>
        <message>
            <source>Sparse coding and wavelet-style denoising, when large values should stay unbiased.</source>
            <translation>稀疏编码和小波式去噪，适合希望大值保持无偏的场合。</translation>
        </message>
        <message>
            <source>It jumps by λ at x = ±λ, and inputs inside the zero zone get zero gradient.</source>
            <translation>它在 x = ±λ 处有大小为 λ 的跳跃，置零区间内的输入梯度为零。</translation>
        </message>
        <message>
            <source>Tanh shrinkage</source>
            <translation>双曲正切收缩（Tanhshrink）</translation>
        </message>
        <message>
            <source>Very flat around 0, where it behaves like x³/3, and close to x ∓ 1 for large |x|; its derivative is tanh²(x).</source>
            <translation>在 0 附近非常平坦，近似 x³/3；|x| 较大时接近 x ∓ 1；其导数为 tanh²(x)。</translation>
        </message>
        <message>
            <source>Occasionally in sparse coding or as a smooth dead zone; it is rarely a good hidden-layer activation.</source>
            <translation>偶尔用于稀疏编码或作为平滑的死区；很少是好的隐藏层激活函数。</translation>
        </message>
        <message>
            <source>The gradient tanh²(x) ≈ x² vanishes near 0, so small inputs learn slowly. Frameworks compute x − tanh(x) directly, which loses digits near 0 and returns 0 for |x| below about 1e-8.</source>
            <translation>梯度 tanh²(x) ≈ x² 在 0 附近趋于消失，小输入学习缓慢。各框架直接计算 x − tanh(x)，在 0 附近会损失有效数字，|x| 小于约 1e-8 时直接返回 0。</translation>
        </message>
        <message>
            <source>Sigmoid (logistic)</source>
            <translation>Sigmoid（逻辑斯谛函数）</translation>
        </message>
        <message>
            <source>Squashes any input smoothly into (0, 1), with σ(0) = ½ and σ(−x) = 1 − σ(x). Its slope σ(x)·σ(−x) is at most ¼, reached at the origin.</source>
            <translation>把任意输入平滑地压缩到 (0, 1)，σ(0) = ½，且 σ(−x) = 1 − σ(x)。它的斜率 σ(x)·σ(−x) 最大只有 ¼，在原点处取得。</translation>
        </message>
        <message>
            <source>The output layer of binary or multi-label classifiers, where the value is read as a probability, and the gates inside LSTM and GRU cells.</source>
            <translation>二分类或多标签分类的输出层（输出可解读为概率），以及 LSTM、GRU 单元内部的门。</translation>
        </message>
        <message>
            <source>It saturates on both sides, so gradients vanish once |x| exceeds about 5, and its output is always positive (not zero-centred), which slows the training of deep hidden layers.</source>
            <translation>两端都会饱和：|x| 超过约 5 后梯度几乎消失；输出恒为正（不是零中心），会拖慢深层隐藏层的训练。</translation>
        </message>
        <message>
            <source>Hard sigmoid</source>
            <translation>硬 Sigmoid</translation>
        </message>
        <message>
            <source>A piecewise-linear stand-in for the sigmoid: a straight ramp of slope 1/6 from −3 to 3, exactly 0 below and exactly 1 above. No exponential is needed.</source>
            <translation>Sigmoid 的分段线性替代品：在 −3 到 3 之间是斜率为 1/6 的直线，左侧恒为 0，右侧恒为 1，完全不需要指数运算。</translation>
        </message>
        <message>
            <source>Gates in mobile and quantised networks, such as the squeeze-and-excitation blocks of MobileNetV3, where speed matters more than a smooth curve.</source>
            <translation>移动端和量化网络中的门控，例如 MobileNetV3 的 squeeze-and-excitation 模块，此时速度比曲线平滑更重要。</translation>
        </message>
        <message>
            <source>The gradient is exactly zero outside [−3, 3]. Keras 2 used another ramp, 0.2x + 0.5 saturating at ±2.5, so old models and documentation disagree with today's frameworks.</source>
            <translation>在 [−3, 3] 之外梯度恰好为零。Keras 2 用的是另一条斜坡 0.2x + 0.5（在 ±2.5 处饱和），因此旧模型和旧文档与现在的框架并不一致。</translation>
        </message>
        <message>
            <source>Sparse sigmoid</source>
            <translation>稀疏 Sigmoid</translation>
        </message>
        <message>
            <source>A ramp of slope ½ from −1 to 1, exactly 0 and 1 outside. It is sparsemax applied to the pair (x, 0), just as the sigmoid is softmax of (x, 0), and the derivative of sparse_plus.</source>
            <translation>在 −1 到 1 之间是斜率为 ½ 的斜坡，区间外恰好为 0 和 1。它等于对二元组 (x, 0) 做 sparsemax，正如 Sigmoid 是 (x, 0) 的 softmax；它也是 sparse_plus 的导数。</translation>
        </message>
        <message>
            <source>When a probability-like output should be able to reach exactly 0 or 1, as in sparse gates or sparse attention.</source>
            <translation>需要类似概率、又能精确取到 0 或 1 的输出时，例如稀疏门控或稀疏注意力。</translation>
        </message>
        <message>
            <source>No gradient outside [−1, 1], so saturated units stop learning. At ±1 JAX returns the slope 0.25 while Keras on TensorFlow or torch returns 0. PyTorch has no built-in version.</source>
            <translation>在 [−1, 1] 之外没有梯度，饱和的单元会停止学习。在 ±1 处 JAX 返回斜率 0.25，而使用 TensorFlow 或 torch 后端的 Keras 返回 0。PyTorch 没有内置实现。</translation>
        </message>
        <message>
            <source>Hyperbolic tangent</source>
            <translation>双曲正切</translation>
        </message>
        <message>
            <source>An S-curve from −1 to 1 through the origin with slope 1 there. It is a rescaled sigmoid, tanh(x) = 2σ(2x) − 1, but its output is zero-centred.</source>
            <translation>从 −1 到 1 的 S 形曲线，经过原点且在原点斜率为 1。它是缩放平移后的 Sigmoid：tanh(x) = 2σ(2x) − 1，但输出是零中心的。</translation>
        </message>
        <message>
            <source>The hidden state of recurrent networks (LSTM, GRU), small shallow networks, and outputs that must lie in (−1, 1).</source>
            <translation>循环网络（LSTM、GRU）的隐藏状态、较浅的小型网络，以及输出必须落在 (−1, 1) 内的场合。</translation>
        </message>
        <message>
            <source>It still saturates: once |x| exceeds about 3 the slope 1 − tanh²(x) is tiny, and gradients vanish through deep stacks of tanh layers.</source>
            <translation>仍然会饱和：|x| 超过约 3 后斜率 1 − tanh²(x) 已非常小，多层 tanh 叠加时梯度会逐层消失。</translation>
        </message>
        <message>
            <source>Lower bound: inputs below it are clipped to it. Keras and JAX fix it at −1; PyTorch's Hardtanh lets you change it.</source>
            <translation>下界：低于它的输入被截断为它。Keras 和 JAX 把它固定为 −1；PyTorch 的 Hardtanh 允许修改。</translation>
        </message>
        <message>
            <source>Hard tanh</source>
            <translation>硬 tanh</translation>
        </message>
        <message>
            <source>Clips the input to [min_val, max_val] and passes it unchanged in between: the identity with slope 1 inside the bounds and flat outside them.</source>
            <translation>把输入截断到 [min_val, max_val]，区间内原样输出：界内是斜率为 1 的恒等映射，界外是水平线。</translation>
        </message>
        <message>
            <source>A cheap bounded activation, used in early neural language models (SENNA) and in binarised or quantised networks, where it bounds the straight-through gradient.</source>
            <translation>一种廉价的有界激活函数，用于早期的神经语言模型（SENNA）以及二值化或量化网络，在那里它限制直通估计（straight-through）的梯度。</translation>
        </message>
        <message>
            <source>Zero gradient outside the bounds, so units pushed there stop learning. Exactly at a bound PyTorch uses slope 0 and JAX slope 1.</source>
            <translation>在界外梯度为零，被推到界外的单元不再学习。恰好位于边界时，PyTorch 取斜率 0，JAX 取斜率 1。</translation>
        </message>
        <message>
            <source>Softsign</source>
            <translation>Softsign（软符号函数）</translation>
        </message>
        <message>
            <source>An odd S-curve into (−1, 1) like tanh, but it approaches its asymptotes polynomially (like 1 − 1/|x|) instead of exponentially, so its tails flatten much more slowly.</source>
            <translation>与 tanh 类似的奇函数 S 形曲线，值域 (−1, 1)，但它以多项式速度（约 1 − 1/|x|）而非指数速度逼近渐近线，所以尾部变平得慢得多。</translation>
        </message>
        <message>
            <source>An alternative to tanh when saturation should be gentler, so that units far from zero still receive some gradient, 1/(1 + |x|)².</source>
            <translation>希望饱和更温和时替代 tanh，使远离零点的单元仍能得到梯度 1/(1 + |x|)²。</translation>
        </message>
        <message>
            <source>The gradient still decays like 1/x², and the second derivative jumps from +2 to −2 at 0 (the function is only C¹). It is rarely used in modern networks.</source>
            <translation>梯度仍按 1/x² 衰减；二阶导数在 0 处从 +2 跳到 −2（函数只有 C¹ 光滑）。现代网络中很少使用。</translation>
        </message>
        <message>
            <source>Arctangent</source>
            <translation>反正切</translation>
        </message>
        <message>
            <source>The inverse tangent: a smooth odd S-curve into (−π/2, π/2) with slope 1/(1 + x²), so 1 at the origin. Like softsign it saturates only polynomially.</source>
            <translation>正切的反函数：值域 (−π/2, π/2) 的光滑奇函数 S 形曲线，斜率为 1/(1 + x²)，在原点为 1。与 Softsign 一样，它只以多项式速度饱和。</translation>
        </message>
        <message>
            <source>A smooth, zero-centred alternative to tanh with heavier tails, mostly met in experiments and in comparisons of activation functions.</source>
            <translation>tanh 的光滑、零中心替代品，尾部更厚，多见于实验和激活函数的对比研究。</translation>
        </message>
        <message>
            <source>Gradients still shrink like 1/x² for large inputs. Neither Keras nor PyTorch offers it as an activation name or module, so you apply the elementwise operation yourself.</source>
            <translation>输入很大时梯度仍按 1/x² 缩小。Keras 和 PyTorch 都没有把它作为激活函数名称或模块提供，需要自己调用逐元素运算。</translation>
        </message>
        <message>
            <source>Sharpness β: larger values bend more tightly at 0 and approach ReLU; Keras and JAX fix it at 1.</source>
            <translation>锐度 β：越大，在 0 处弯得越紧，越接近 ReLU；Keras 和 JAX 固定为 1。</translation>
        </message>
        <message>
            <source>Softplus</source>
            <translation>Softplus 函数</translation>
        </message>
        <message>
            <source>A smooth, always positive ReLU whose derivative is the sigmoid σ(βx); the larger β, the closer it is to ReLU.</source>
            <translation>一种光滑且始终为正的 ReLU，其导数正是 sigmoid 函数 σ(βx)；β 越大越接近 ReLU。</translation>
        </message>
        <message>
            <source>Outputs that must be positive with a smooth gradient, such as a predicted standard deviation or rate, or as a smooth ReLU.</source>
            <translation>需要为正且梯度光滑的输出，例如预测的标准差或速率；也可作为光滑版 ReLU。</translation>
        </message>
        <message>
            <source>Not zero-centred, and at β = 1 well above ReLU near 0 (f(0) = ln 2). PyTorch returns x itself once βx &gt; 20 (its threshold), a tiny jump the exact curve does not have.</source>
            <translation>输出不以零为中心；β = 1 时在 0 附近明显高于 ReLU（f(0) = ln 2）。当 βx &gt; 20（其 threshold）时 PyTorch 直接返回 x，造成一个微小的跳跃，而精确曲线并没有。</translation>
        </message>
        <message>
            <source>Curvature b: sets the size of the rounded corner (f(0) = √b/2); 0 gives ReLU.</source>
            <translation>曲率参数 b：决定圆角的大小（f(0) = √b/2）；取 0 即为 ReLU。</translation>
        </message>
        <message>
            <source>Squareplus</source>
            <translation>Squareplus 函数</translation>
        </message>
        <message>
            <source>A smooth ReLU made from a square root alone, cheaper than softplus; b controls how rounded the corner at 0 is.</source>
            <translation>只用一次平方根构成的光滑 ReLU，比 softplus 计算更便宜；b 控制 0 处拐角的圆润程度。</translation>
        </message>
        <message>
            <source>A drop-in for softplus where exp and log are expensive, for example on accelerators or in very large models.</source>
            <translation>在 exp 和 log 代价较高的场合（例如某些加速器或超大模型）直接替代 softplus。</translation>
        </message>
        <message>
            <source>The textbook formula used by Keras and JAX cancels for very negative x and returns 0 (or even infinity below about −1.3e154); the form b/(2(√(x² + b) − x)) avoids that.</source>
            <translation>Keras 和 JAX 使用的教科书公式在 x 很负时发生相消，返回 0（x 低于约 −1.3e154 时甚至返回无穷大）；改写为 b/(2(√(x² + b) − x)) 可以避免。</translation>
        </message>
        <message>
            <source>Sparse plus</source>
            <translation>Sparse plus 函数</translation>
        </message>
        <message>
            <source>A piecewise-quadratic smooth ReLU: exactly 0 below −1, exactly x above 1 and a parabola in between; its derivative is the sparse sigmoid.</source>
            <translation>分段二次的光滑 ReLU：低于 −1 时恰为 0，高于 1 时恰为 x，中间是一段抛物线；其导数就是 sparse sigmoid。</translation>
        </message>
        <message>
            <source>When you want softplus-like smoothness near 0 but exact zeros (and sparse activations) for clearly negative inputs.</source>
            <translation>希望在 0 附近像 softplus 一样光滑，而对明显为负的输入输出精确的零（即稀疏激活）时使用。</translation>
        </message>
        <message>
            <source>It is differentiable only once: f″ jumps between 0 and ½ at ±1. Below −1 units get no gradient, like dead ReLUs.</source>
            <translation>它只有一阶可导：f″ 在 ±1 处在 0 和 ½ 之间跳变。低于 −1 时单元没有梯度，就像死亡的 ReLU。</translation>
        </message>
        <message>
            <source>Log-sigmoid</source>
            <translation>对数 Sigmoid</translation>
        </message>
        <message>
            <source>The logarithm of the sigmoid: always negative, close to x for very negative inputs and to 0 for large ones; its derivative is σ(−x).</source>
            <translation>sigmoid 的对数：始终为负，输入很负时接近 x，输入很大时接近 0；其导数为 σ(−x)。</translation>
        </message>
        <message>
            <source>Log-probabilities inside losses and probabilistic models, such as binary cross-entropy on logits or word2vec's negative sampling.</source>
            <translation>损失函数和概率模型中的对数概率，例如基于 logits 的二元交叉熵或 word2vec 的负采样。</translation>
        </message>
        <message>
            <source>Computing log(sigmoid(x)) in two steps gives −inf below x ≈ −710 and exactly 0 above x ≈ 37; use the fused function. Unbounded below and not zero-centred.</source>
            <translation>分两步计算 log(sigmoid(x)) 时，x 低于约 −710 会得到 −inf，高于约 37 会恰好得到 0；应使用合并后的函数。它无下界，且不以零为中心。</translation>
        </message>
        <message>
            <source>Temperature T: the inputs are divided by T first. T below 1 sharpens the distribution towards the largest input, T above 1 flattens it towards uniform.</source>
            <translation>温度 T：输入先除以 T。T 小于 1 时分布更尖锐，向最大的输入集中；T 大于 1 时分布更平坦，趋向均匀。</translation>
        </message>
        <message>
            <source>Softmax</source>
            <translation>Softmax（归一化指数函数）</translation>
        </message>
        <message>
            <source>Turns a vector of scores into a probability distribution: every output is positive and they sum to 1. Only differences between the inputs matter, so adding a constant to all of them changes nothing. Its Jacobian is (diag(s) − s sᵀ)/T.</source>
            <translation>把一组分数变成概率分布：每个输出都为正，且总和为 1。只有输入之间的差值起作用，所以给所有输入加上同一个常数不会改变结果。其雅可比矩阵为 (diag(s) − s sᵀ)/T。</translation>
        </message>
        <message>
            <source>The output layer of a multi-class classifier, paired with cross-entropy; attention weights; anywhere scores must become probabilities. The temperature controls how peaked they are, as in knowledge distillation and sampling.</source>
            <translation>多分类器的输出层（与交叉熵搭配）、注意力权重，以及任何需要把分数变成概率的地方。温度控制分布的尖锐程度，例如知识蒸馏和采样中的用法。</translation>
        </message>
        <message>
            <source>Computed naively, exp overflows for large scores; the maximum is subtracted first (as here). When one score dominates, softmax saturates and the other gradients vanish. For training use a loss that takes logits or log_softmax, which is more accurate than taking the log of softmax.</source>
            <translation>直接计算时，分数很大会使 exp 溢出，因此要先减去最大值（本程序即如此）。当某个分数占绝对优势时，softmax 会饱和，其余分量的梯度消失。训练时请使用直接接受 logits 的损失函数或 log_softmax，它比对 softmax 结果取对数更精确。</translation>
        </message>
        <message>
            <source>Log-softmax</source>
            <translation>对数 Softmax（Log-softmax）</translation>
        </message>
        <message>
            <source>The logarithm of softmax, computed directly as (z − m) − log Σ exp(z − m) with z = x/T and m = max z, so it never takes the log of an underflowed zero. The outputs are log-probabilities: all at most 0, and their exponentials sum to 1.</source>
            <translation>softmax 的对数，直接按 (z − m) − log Σ exp(z − m) 计算（z = x/T，m = max z），因此不会对下溢成零的数取对数。输出是对数概率：都不大于 0，取指数后总和为 1。</translation>
        </message>
        <message>
            <source>Classifier outputs trained with a negative log-likelihood loss, and wherever log-probabilities are needed, as in language models and beam search.</source>
            <translation>用负对数似然损失训练的分类器输出，以及任何需要对数概率的场合，例如语言模型和束搜索。</translation>
        </message>
        <message>
            <source>The outputs are not probabilities: exponentiate them to get those. Do not feed them to a loss that applies its own softmax (such as PyTorch's CrossEntropyLoss), or the softmax is applied twice.</source>
            <translation>输出不是概率，要取指数才能得到概率。不要把它送入自带 softmax 的损失函数（例如 PyTorch 的 CrossEntropyLoss），否则 softmax 会被计算两次。</translation>
        </message>
        <message>
            <source>Softmin</source>
            <translation>Softmin（软最小）</translation>
        </message>
        <message>
            <source>Softmax of the negated inputs: a probability distribution that gives the most weight to the smallest entry. The outputs are positive, sum to 1 and ignore a constant added to every input.</source>
            <translation>对取负后的输入做 softmax：得到的概率分布把最大权重给最小的分量。输出为正、总和为 1，并且不受所有输入同加一个常数的影响。</translation>
        </message>
        <message>
            <source>Turning costs, distances or energies into weights, where lower should mean more likely: soft nearest neighbours, attention over distances, soft minimum selection.</source>
            <translation>把代价、距离或能量变成权重，数值越低可能性越大：软最近邻、基于距离的注意力、软最小值选择。</translation>
        </message>
        <message>
            <source>Keras has no softmin: write softmax(−x). It saturates like softmax, and the two are easy to mix up: check that the smallest input really gets the largest weight.</source>
            <translation>Keras 没有 softmin，请写成 softmax(−x)。它与 softmax 一样会饱和，而且两者容易混淆：请确认最小的输入确实得到了最大的权重。</translation>
        </message>
        <message>
            <source>Sparsemax</source>
            <translation>Sparsemax（稀疏最大化）</translation>
        </message>
        <message>
            <source>The Euclidean projection of the inputs onto the probability simplex. Like softmax its outputs are non-negative and sum to 1, but small scores get exactly zero, so the distribution is sparse. It is piecewise linear: on the support S its Jacobian is I − 11ᵀ/|S|, and zero outside.</source>
            <translation>把输入按欧几里得距离投影到概率单纯形上。与 softmax 一样，输出非负且总和为 1，但较小的分数会得到精确的零，因此分布是稀疏的。它是分段线性的：在支撑集 S 上雅可比矩阵为 I − 11ᵀ/|S|，在 S 之外为零。</translation>
        </message>
        <message>
            <source>Attention and multi-label outputs where a few clear choices should get all the weight and the rest exactly none, which also makes the weights easy to read.</source>
            <translation>适用于注意力机制和多标签输出：少数明确的选项获得全部权重，其余恰好为零，这也使权重更易于解读。</translation>
        </message>
        <message>
            <source>Entries outside the support get zero gradient, so they cannot climb back in through this layer alone. The Jacobian jumps when an entry enters or leaves the support. Unlike softmax, scaling the inputs changes how many entries are non-zero.</source>
            <translation>支撑集之外的分量梯度为零，仅靠这一层它们无法重新进入支撑集。当某个分量进入或离开支撑集时，雅可比矩阵会发生跳变。与 softmax 不同，缩放输入会改变非零分量的个数。</translation>
        </message>
        <message>
            <source>Gated linear unit</source>
            <translation>门控线性单元（GLU）</translation>
        </message>
        <message>
            <source>Splits the vector into two halves a and b: a carries the signal and b decides, through a sigmoid gate, how much of it passes. The output has half as many entries. The linear path lets gradients flow without saturating.</source>
            <translation>把向量分成两半 a 和 b：a 携带信号，b 通过 sigmoid 门决定信号能通过多少。输出的分量数是输入的一半。线性通路让梯度流动时不会饱和。</translation>
        </message>
        <message>
            <source>Gated convolutional language models and transformer feed-forward blocks (GLU and its variants such as SwiGLU and GeGLU), where a learned gate improves quality for the same compute.</source>
            <translation>门控卷积语言模型和 Transformer 前馈模块（GLU 及其变体，如 SwiGLU、GeGLU）：在计算量相同的情况下，可学习的门能提升效果。</translation>
        </message>
        <message>
            <source>The input length must be even, so the layer before must produce twice the width wanted out. The order of the halves matters: the gate is the second half.</source>
            <translation>输入长度必须为偶数，因此前一层的宽度必须是所需输出宽度的两倍。两半的顺序很重要：门是后一半。</translation>
        </message>
        <message>
            <source>Level of the negative saturation, −α; the negative branch is also stretched by α, so the slope at 0 stays 1. Any value but 0 (PyTorch rejects 0); the default is 1 everywhere.</source>
            <translation>负半轴饱和的水平 −α；负分支同时按 α 拉伸，所以 0 处斜率保持为 1。除 0 以外的任何值均可（PyTorch 拒绝 0）；各框架默认值都是 1。</translation>
        </message>
        <message>
            <source>Upper bound: inputs above it are clipped to it. It must exceed min_val, as PyTorch's Hardtanh requires.</source>
            <translation>上界：高于它的输入被截断为它。它必须大于 min_val，这是 PyTorch 的 Hardtanh 的要求。</translation>
        </message>
        <message>
            <source>PyTorch's threshold θ: where β·x &gt; θ the result is x itself, which leaves a small jump at x = θ/β. Infinity (the default here) never switches; PyTorch uses 20.</source>
            <translation>PyTorch 的阈值 θ：当 β·x &gt; θ 时直接输出 x，因而在 x = θ/β 处留下一个小跳变。无穷大（此处的默认值）表示从不切换；PyTorch 用 20。</translation>
        </message>
        <message>
            <source>Keras ops</source>
            <translation>Keras 运算库</translation>
        </message>
        <message>
            <source>Keras layer</source>
            <translation>Keras 层</translation>
        </message>
    </context>
    <context>
        <name>CatalogPanel</name>
        <message>
            <source>Search: name, id or alias (English or 中文)</source>
            <translation>搜索：名称、标识符或别名（中文或英文）</translation>
        </message>
        <message>
            <source>Type part of a name in English or Chinese, a Keras id or an alias, e.g. swish or 修正. Enter selects the first match.</source>
            <translation>输入名称的一部分（中文或英文）、Keras 标识符或别名，例如 swish 或 修正。按回车键选中第一个匹配项。</translation>
        </message>
        <message>
            <source>Add formula…</source>
            <translation>添加公式…</translation>
        </message>
        <message>
            <source>Define your own activation as a formula in x</source>
            <translation>用关于 x 的公式定义你自己的激活函数</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Edit the selected formula</source>
            <translation>编辑选中的公式</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Remove the selected formula</source>
            <translation>删除选中的公式</translation>
        </message>
        <message>
            <source>Add a formula</source>
            <translation>添加公式</translation>
        </message>
        <message>
            <source>Edit formula</source>
            <translation>编辑公式</translation>
        </message>
        <message>
            <source>Remove formula</source>
            <translation>删除公式</translation>
        </message>
        <message>
            <source>Remove the formula "%1"?</source>
            <translation>删除公式“%1”吗？</translation>
        </message>
        <message>
            <source>Compare with the current activation</source>
            <translation>与当前激活函数对比</translation>
        </message>
        <message>
            <source>Edit formula…</source>
            <translation>编辑公式…</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>Malformed range "%1": expected A:B:N, for example -5:5:101.</source>
            <translation>范围“%1”格式错误：应为 A:B:N，例如 -5:5:101。</translation>
        </message>
        <message>
            <source>The point count in "%1" must be between 1 and 10000000.</source>
            <translation>“%1”中的点数必须在 1 到 10000000 之间。</translation>
        </message>
        <message>
            <source>Malformed number "%1" in --x.</source>
            <translation>--x 中的数字“%1”格式错误。</translation>
        </message>
        <message>
            <source>Formula error: %1</source>
            <translation>公式错误：%1</translation>
        </message>
        <message>
            <source>A typed formula has no parameters; remove --param.</source>
            <translation>自定义公式没有参数，请去掉 --param。</translation>
        </message>
        <message>
            <source>Unknown activation "%1". Did you mean: %2? (actlab list shows all.)</source>
            <translation>未知的激活函数“%1”。您是否想输入：%2？（actlab list 可列出全部。）</translation>
        </message>
        <message>
            <source>Malformed parameter "%1": expected NAME=VALUE.</source>
            <translation>参数“%1”格式错误：应为 名称=数值。</translation>
        </message>
        <message>
            <source>Unknown parameter "%1": %2 has no parameters.</source>
            <translation>未知参数“%1”：%2 没有参数。</translation>
        </message>
        <message>
            <source>Unknown parameter "%1" for %2; it has: %3.</source>
            <translation>%2 没有参数“%1”；它的参数有：%3。</translation>
        </message>
        <message>
            <source>Malformed number "%1" for parameter %2.</source>
            <translation>参数 %2 的数值“%1”格式错误。</translation>
        </message>
        <message>
            <source>Parameter %1 = %2 is out of range: it must be a whole number from %3 to %4.</source>
            <translation>参数 %1 = %2 超出范围：必须是 %3 到 %4 之间的整数。</translation>
        </message>
        <message>
            <source>Parameter %1 = %2 is out of range: it must be from %3 to %4.</source>
            <translation>参数 %1 = %2 超出范围：必须在 %3 到 %4 之间。</translation>
        </message>
        <message>
            <source>Missing activation: actlab eval ID (--range A:B:N | --x X1,X2,...).</source>
            <translation>缺少激活函数：actlab eval ID (--range A:B:N | --x X1,X2,...)。</translation>
        </message>
        <message>
            <source>Unexpected argument "%1".</source>
            <translation>多余的参数“%1”。</translation>
        </message>
        <message>
            <source>--order must be 0, 1 or 2, not "%1".</source>
            <translation>--order 必须是 0、1 或 2，而不是“%1”。</translation>
        </message>
        <message>
            <source>Unknown format "%1": use csv or json.</source>
            <translation>未知格式“%1”：请使用 csv 或 json。</translation>
        </message>
        <message>
            <source>Give exactly one of --range A:B:N or --x X1,X2,...</source>
            <translation>请在 --range A:B:N 与 --x X1,X2,... 中恰好指定一个。</translation>
        </message>
        <message>
            <source>A vector activation has no second derivative here; use --order 0 or 1.</source>
            <translation>向量激活函数在此不提供二阶导数；请使用 --order 0 或 1。</translation>
        </message>
        <message>
            <source>%1 cannot take an input of %2 elements.</source>
            <translation>%1 不能接受 %2 个元素的输入。</translation>
        </message>
        <message>
            <source>vector</source>
            <translation>向量</translation>
        </message>
        <message>
            <source>Unknown format "%1": use text or json.</source>
            <translation>未知格式“%1”：请使用 text 或 json。</translation>
        </message>
        <message>
            <source>Unknown language "%1": use %2.</source>
            <translation>未知语言“%1”：请使用 %2。</translation>
        </message>
        <message>
            <source>Missing activation: actlab render ID --out FILE.png|svg|pdf.</source>
            <translation>缺少激活函数：actlab render ID --out 文件.png|svg|pdf。</translation>
        </message>
        <message>
            <source>Unknown theme "%1": use light or dark.</source>
            <translation>未知主题“%1”：请使用 light 或 dark。</translation>
        </message>
        <message>
            <source>Malformed size "%1": expected WxH, for example 1280x800.</source>
            <translation>尺寸“%1”格式错误：应为 宽x高，例如 1280x800。</translation>
        </message>
        <message>
            <source>Malformed number "%1" for --scale.</source>
            <translation>--scale 的数值“%1”格式错误。</translation>
        </message>
        <message>
            <source>Malformed range "%1": expected A:B with A &lt; B, for example -5:5.</source>
            <translation>范围“%1”格式错误：应为 A:B 且 A &lt; B，例如 -5:5。</translation>
        </message>
        <message>
            <source>Missing --out FILE: the file to write (.png, .svg or .pdf).</source>
            <translation>缺少 --out 文件：要写入的文件（.png、.svg 或 .pdf）。</translation>
        </message>
        <message>
            <source>Unknown file type "%1": the name must end in .png, .svg, .pdf or .csv.</source>
            <translation>未知的文件类型“%1”：文件名必须以 .png、.svg、.pdf 或 .csv 结尾。</translation>
        </message>
        <message>
            <source>Missing dataset: actlab dataset NAME --out FILE.csv.</source>
            <translation>缺少数据集：actlab dataset 名称 --out 文件.csv。</translation>
        </message>
        <message>
            <source>Missing --out FILE.csv (or --out - for standard output).</source>
            <translation>缺少 --out 文件.csv（或用 --out - 输出到标准输出）。</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>--%1 must be a whole number from %2 to %3, not "%4".</source>
            <translation>--%1 必须是 %2 到 %3 之间的整数，而不是“%4”。</translation>
        </message>
        <message>
            <source>--%1 must be a number from %2 to %3, not "%4".</source>
            <translation>--%1 必须是 %2 到 %3 之间的数，而不是“%4”。</translation>
        </message>
        <message>
            <source>Unknown dataset "%1"; choose one of: %2.</source>
            <translation>未知的数据集“%1”；可选：%2。</translation>
        </message>
        <message>
            <source>epoch %1/%2, loss %3</source>
            <translation>第 %1/%2 轮，损失 %3</translation>
        </message>
        <message>
            <source>--%1 applies to --dataset, not to --data.</source>
            <translation>--%1 只用于 --dataset，不能与 --data 一起使用。</translation>
        </message>
        <message>
            <source>Missing --activation ID (actlab list shows them all).</source>
            <translation>缺少 --activation ID（actlab list 可列出全部）。</translation>
        </message>
        <message>
            <source>Unknown optimizer "%1": use sgd, momentum or adam.</source>
            <translation>未知的优化器“%1”：请使用 sgd、momentum 或 adam。</translation>
        </message>
        <message>
            <source>Unknown initializer "%1": use glorot_uniform, glorot_normal, he_uniform, he_normal, lecun_uniform or lecun_normal.</source>
            <translation>未知的初始化方法“%1”：请使用 glorot_uniform、glorot_normal、he_uniform、he_normal、lecun_uniform 或 lecun_normal。</translation>
        </message>
        <message>
            <source>Unknown output "%1": use sigmoid_bce, softmax_cce or linear_mse.</source>
            <translation>未知的输出层“%1”：请使用 sigmoid_bce、softmax_cce 或 linear_mse。</translation>
        </message>
        <message>
            <source>Malformed --features "%1": list some of x1, x2, x1^2, x2^2, x1*x2, sin(x1), sin(x2), separated by commas.</source>
            <translation>--features“%1”格式错误：请从 x1、x2、x1^2、x2^2、x1*x2、sin(x1)、sin(x2) 中选取，用逗号分隔。</translation>
        </message>
        <message>
            <source>Dataset: %1 (%2), %3 training and %4 test points</source>
            <translation>数据集：%1（%2），%3 个训练点，%4 个测试点</translation>
        </message>
        <message>
            <source>Network: %1, %2, %3; %4, learning rate %5, batch %6</source>
            <translation>网络：%1，%2，%3；%4，学习率 %5，批大小 %6</translation>
        </message>
        <message>
            <source>Diverged in epoch %1: the loss became infinite or NaN; the weights are the last finite ones.</source>
            <translation>第 %1 轮发散：损失变为无穷大或 NaN；权重保留为最后一组有限值。</translation>
        </message>
        <message>
            <source>Epoch %1: train loss %2, test loss %3, train accuracy %4 %, test accuracy %5 %</source>
            <translation>第 %1 轮：训练损失 %2，测试损失 %3，训练准确率 %4 %，测试准确率 %5 %</translation>
        </message>
        <message>
            <source>Epoch %1: train loss %2, test loss %3</source>
            <translation>第 %1 轮：训练损失 %2，测试损失 %3</translation>
        </message>
        <message>
            <source>%1 steps in %2 s: %3 samples/s on %4 thread(s), %5 kernels</source>
            <translation>%2 秒内 %1 步：每秒 %3 个样本，%4 个线程，%5 内核</translation>
        </message>
        <message>
            <source>Weights checksum: %1</source>
            <translation>权重校验和：%1</translation>
        </message>
        <message>
            <source>Lists every activation in the catalog.</source>
            <translation>列出目录中的全部激活函数。</translation>
        </message>
        <message>
            <source>Evaluates an activation (or expr:FORMULA) and its derivatives at given points.</source>
            <translation>在给定的点上计算激活函数（或 expr:公式）及其导数。</translation>
        </message>
        <message>
            <source>Writes a toy data set as CSV.</source>
            <translation>把一个玩具数据集写成 CSV 文件。</translation>
        </message>
        <message>
            <source>Usage: actlab %1 %2</source>
            <translation>用法：actlab %1 %2</translation>
        </message>
        <message>
            <source>Measures signals and gradients through a deep random network, beside the mean-field prediction.</source>
            <translation>在深层随机网络中测量信号与梯度，并与平均场理论的预测对照。</translation>
        </message>
        <message>
            <source>Finds the weight variance at the edge of chaos for a bias variance.</source>
            <translation>对给定的偏置方差，求处于混沌边缘的权重方差。</translation>
        </message>
        <message>
            <source>--depth must be a whole number from 1 to %1.</source>
            <translation>--depth 必须是 1 到 %1 之间的整数。</translation>
        </message>
        <message>
            <source>--width must be a whole number from 1 to %1.</source>
            <translation>--width 必须是 1 到 %1 之间的整数。</translation>
        </message>
        <message>
            <source>--batch must be a whole number from 2 to %1.</source>
            <translation>--batch 必须是 2 到 %1 之间的整数。</translation>
        </message>
        <message>
            <source>--input-variance must be a positive number.</source>
            <translation>--input-variance 必须是正数。</translation>
        </message>
        <message>
            <source>--bias-variance must be zero or positive.</source>
            <translation>--bias-variance 必须为零或正数。</translation>
        </message>
        <message>
            <source>--weight-variance must be a positive number.</source>
            <translation>--weight-variance 必须是正数。</translation>
        </message>
        <message>
            <source>--correlation must be from -1 to 1.</source>
            <translation>--correlation 必须在 -1 到 1 之间。</translation>
        </message>
        <message>
            <source>--rate must be from 0 to %1.</source>
            <translation>--rate 必须在 0 到 %1 之间。</translation>
        </message>
        <message>
            <source>Depth × width × batch is too large to keep in memory; use a smaller batch, width or depth.</source>
            <translation>深度 × 宽度 × 输入数过大，内存放不下；请减小输入数、宽度或深度。</translation>
        </message>
        <message>
            <source>Invalid setting: %1.</source>
            <translation>无效的设置：%1。</translation>
        </message>
        <message>
            <source>Missing --%1.</source>
            <translation>缺少 --%1。</translation>
        </message>
        <message>
            <source>Give exactly one of --init NAME or --weight-variance S.</source>
            <translation>--init NAME 与 --weight-variance S 必须且只能给出一个。</translation>
        </message>
        <message>
            <source>Unknown dropout "%1": use none, standard or alpha.</source>
            <translation>未知的 dropout 类型“%1”：请使用 none、standard 或 alpha。</translation>
        </message>
        <message>
            <source>--rate applies to --dropout standard or alpha.</source>
            <translation>--rate 只适用于 --dropout standard 或 alpha。</translation>
        </message>
        <message>
            <source>layer pass %1 of %2</source>
            <translation>逐层计算 %1 / %2</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Critical weight variance σ_w² = %1 (χ₁ = 1), fixed point q* = %2</source>
            <translation>临界权重方差 σ_w² = %1（χ₁ = 1），不动点 q* = %2</translation>
        </message>
        <message>
            <source>ActLab %1, the activation function lab.
Without a command, actlab starts the window, with these options (and --help, --version):
</source>
            <translation>ActLab %1，激活函数实验室。
不带命令时，actlab 启动窗口，可用以下选项（以及 --help、--version）：
</translation>
        </message>
        <message>
            <source>Commands (actlab COMMAND --help for details):
</source>
            <translation>命令（actlab 命令 --help 查看详情）：
</translation>
        </message>
        <message>
            <source>Unknown command "%1". Did you mean: %2? (actlab help lists the commands.)</source>
            <translation>未知命令“%1”。您是想输入：%2？（actlab help 列出所有命令。）</translation>
        </message>
        <message>
            <source>--%1 must be a whole number, not "%2".</source>
            <translation>--%1 必须是整数，而不是“%2”。</translation>
        </message>
        <message>
            <source>--%1 must be a number, not "%2".</source>
            <translation>--%1 必须是数字，而不是“%2”。</translation>
        </message>
        <message>
            <source>No weight variance up to 1000 gives χ₁ = 1 for this bias variance: the network stays in one phase, or jumps from one to the other.</source>
            <translation>在此偏置方差下，1000 以内没有使 χ₁ = 1 的权重方差：网络始终处于同一相，或在两相之间跳变。</translation>
        </message>
        <message>
            <source>Parameter %1 = %2 is not allowed: it must be a finite number or inf.</source>
            <translation>参数 %1 = %2 不允许：必须是有限数或 inf。</translation>
        </message>
        <message>
            <source>Parameter %1 = %2 is not allowed: it must be a finite number.</source>
            <translation>参数 %1 = %2 不允许：必须是有限数。</translation>
        </message>
        <message>
            <source>Parameter %1 = %2 is out of range: it must be greater than 0.</source>
            <translation>参数 %1 = %2 超出范围：必须大于 0。</translation>
        </message>
        <message>
            <source>Parameter %1 must not be 0.</source>
            <translation>参数 %1 不能为 0。</translation>
        </message>
        <message>
            <source>Parameter %1 = %2 must be less than %3 = %4.</source>
            <translation>参数 %1 = %2 必须小于 %3 = %4。</translation>
        </message>
        <message>
            <source>Parameter %1 = %2 must not exceed %3 = %4.</source>
            <translation>参数 %1 = %2 不能大于 %3 = %4。</translation>
        </message>
        <message>
            <source>Parameter %1 = %2 is out of range: it must be at least %3.</source>
            <translation>参数 %1 = %2 超出范围：必须不小于 %3。</translation>
        </message>
        <message>
            <source>Parameter %1 = %2 is out of range: it must be at most %3.</source>
            <translation>参数 %1 = %2 超出范围：必须不大于 %3。</translation>
        </message>
        <message>
            <source>Shows softmax step by step (shift, exponentials, sum, division) beside log_softmax, softmin and sparsemax.</source>
            <translation>逐步展示 softmax 的计算（平移、指数、求和、相除），并列出 log_softmax、softmin 与 sparsemax。</translation>
        </message>
        <message>
            <source>Missing logits: actlab softmax X1,X2,... [--temperature T].</source>
            <translation>缺少分数：actlab softmax X1,X2,... [--temperature T]。</translation>
        </message>
        <message>
            <source>Malformed number "%1" in the logits.</source>
            <translation>分数中的数字“%1”格式错误。</translation>
        </message>
        <message>
            <source>Malformed number "%1" in --temperature.</source>
            <translation>--temperature 的数值“%1”格式错误。</translation>
        </message>
        <message>
            <source>Malformed --compare entry "%1": expected ID or ID[NAME=VALUE,...], separated by commas.</source>
            <translation>--compare 的条目“%1”格式错误：应为 ID 或 ID[NAME=VALUE,...]，以逗号分隔。</translation>
        </message>
        <message>
            <source>Draws one of the explorer's views (overlay, small multiples or gradient view) of activations into a file.</source>
            <translation>把探索器的一种视图（叠加、小多图或梯度视图）画进文件。</translation>
        </message>
        <message>
            <source>Unknown view "%1": use overlay, grid or gradient.</source>
            <translation>未知视图“%1”：请用 overlay、grid 或 gradient。</translation>
        </message>
        <message>
            <source>--vanishing-threshold applies to --view gradient only.</source>
            <translation>--vanishing-threshold 只适用于 --view gradient。</translation>
        </message>
        <message>
            <source>Malformed vanishing threshold "%1": expected a number from %2 to %3.</source>
            <translation>梯度消失阈值“%1”格式错误：应为 %2 到 %3 之间的数。</translation>
        </message>
        <message>
            <source>Give --dataset NAME or --data FILE.csv, not both.</source>
            <translation>--dataset 名称 与 --data 文件.csv 只能指定一个。</translation>
        </message>
        <message>
            <source>Trains a small network on a data set and reports the result. Settings not given are the playground's defaults; 100 epochs.</source>
            <translation>在数据集上训练一个小型网络并报告结果。未指定的设置取训练场的默认值；默认 100 轮。</translation>
        </message>
    </context>
    <context>
        <name>CompareDialog</name>
        <message>
            <source>Compare with</source>
            <translation>对比</translation>
        </message>
        <message>
            <source>Choose an activation to draw next to the current one (at most two).</source>
            <translation>选择一个激活函数，与当前函数画在同一张图中（最多两个）。</translation>
        </message>
        <message>
            <source>Search: name, id or alias (English or 中文)</source>
            <translation>搜索：名称、标识符或别名（中文或英文）</translation>
        </message>
    </context>
    <context>
        <name>ComparisonBar</name>
        <message>
            <source>&amp;Rename…</source>
            <translation>重命名(&amp;R)…</translation>
        </message>
        <message>
            <source>Rename pin</source>
            <translation>重命名固定曲线</translation>
        </message>
        <message>
            <source>Name in the legend (empty: automatic):</source>
            <translation>图例中的名称（留空则自动命名）：</translation>
        </message>
        <message>
            <source>&amp;Hide</source>
            <translation>隐藏(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>显示(&amp;S)</translation>
        </message>
        <message>
            <source>Move &amp;left</source>
            <translation>左移(&amp;L)</translation>
        </message>
        <message>
            <source>Move r&amp;ight</source>
            <translation>右移(&amp;I)</translation>
        </message>
        <message>
            <source>Re&amp;move</source>
            <translation>移除(&amp;M)</translation>
        </message>
        <message>
            <source>Pinned:</source>
            <translation>固定曲线：</translation>
        </message>
        <message>
            <source>Clear pins</source>
            <translation>清除固定曲线</translation>
        </message>
        <message>
            <source>Remove every pin (Ctrl+Z brings them back)</source>
            <translation>移除所有固定曲线（Ctrl+Z 可恢复）</translation>
        </message>
        <message>
            <source>%1 (hidden)</source>
            <translation>%1（已隐藏）</translation>
        </message>
        <message>
            <source>Rename, hide, move or remove %1</source>
            <translation>重命名、隐藏、移动或移除 %1</translation>
        </message>
    </context>
    <context>
        <name>CsvErrorText</name>
        <message>
            <source>Cannot read %1.</source>
            <translation>无法读取 %1。</translation>
        </message>
        <message>
            <source>The file has no data rows.</source>
            <translation>文件中没有数据行。</translation>
        </message>
        <message>
            <source>the header "%1" is not understood (expected x1,x2,label or x,y)</source>
            <translation>无法识别表头“%1”（应为 x1,x2,label 或 x,y）</translation>
        </message>
        <message>
            <source>%1 fields where the first row has %2</source>
            <translation>有 %1 个字段，而第一行有 %2 个</translation>
        </message>
        <message>
            <source>field %1, "%2", is not a number</source>
            <translation>第 %1 个字段“%2”不是数字</translation>
        </message>
        <message>
            <source>field %1, "%2", is not a finite number</source>
            <translation>第 %1 个字段“%2”不是有限数</translation>
        </message>
        <message>
            <source>the class "%1" is not a whole number from 0</source>
            <translation>类别“%1”不是从 0 开始的整数</translation>
        </message>
        <message>
            <source>the class "%1" is above the largest allowed, %2</source>
            <translation>类别“%1”超过了允许的最大值 %2</translation>
        </message>
        <message>
            <source>more than %1 rows</source>
            <translation>超过 %1 行</translation>
        </message>
        <message>
            <source>Nothing was loaded: %1.</source>
            <translation>未载入任何数据：%1。</translation>
        </message>
        <message>
            <source>Line %1: %2. Nothing was loaded.</source>
            <translation>第 %1 行：%2。未载入任何数据。</translation>
        </message>
        <message>
            <source>a row needs 2 fields (x,y) or 3 (x1,x2,label), this one has %1</source>
            <translation>每行应有 2 个字段 (x,y) 或 3 个字段 (x1,x2,label)，这一行有 %1 个</translation>
        </message>
    </context>
    <context>
        <name>Dataset</name>
        <message>
            <source>Circle</source>
            <translation>圆环</translation>
        </message>
        <message>
            <source>Exclusive or</source>
            <translation>异或</translation>
        </message>
        <message>
            <source>Gaussian blobs</source>
            <translation>高斯簇</translation>
        </message>
        <message>
            <source>Spiral</source>
            <translation>螺旋</translation>
        </message>
        <message>
            <source>Two moons</source>
            <translation>双月牙</translation>
        </message>
        <message>
            <source>Checkerboard</source>
            <translation>棋盘格</translation>
        </message>
        <message>
            <source>Sine (1-D regression)</source>
            <translation>正弦（一维回归）</translation>
        </message>
        <message>
            <source>Absolute value (1-D regression)</source>
            <translation>绝对值（一维回归）</translation>
        </message>
        <message>
            <source>Step (1-D regression)</source>
            <translation>阶跃（一维回归）</translation>
        </message>
        <message>
            <source>Plane (2-D regression)</source>
            <translation>平面（二维回归）</translation>
        </message>
    </context>
    <context>
        <name>DecisionMapView</name>
        <message>
            <source>x = %1
prediction = %2</source>
            <translation>x = %1
预测值 = %2</translation>
        </message>
        <message>
            <source>x₁ = %1, x₂ = %2</source>
            <translation>x₁ = %1，x₂ = %2</translation>
        </message>
        <message>
            <source>P(class 1) = %1</source>
            <translation>P(类别 1) = %1</translation>
        </message>
        <message>
            <source>prediction = %1</source>
            <translation>预测值 = %1</translation>
        </message>
        <message>
            <source>P(class %1) = %2</source>
            <translation>P(类别 %1) = %2</translation>
        </message>
        <message>
            <source>%1 of %2 points shown</source>
            <translation>显示 %1 / %2 个点</translation>
        </message>
    </context>
    <context>
        <name>DepthCurvesView</name>
        <message>
            <source>std. dev. of hˡ</source>
            <translation>hˡ 的标准差</translation>
        </message>
        <message>
            <source>gradient ‖∂E/∂hˡ‖²</source>
            <translation>梯度 ‖∂E/∂hˡ‖²</translation>
        </message>
        <message>
            <source>correlation cˡ</source>
            <translation>相关系数 cˡ</translation>
        </message>
        <message>
            <source>saturated ─ / dead ┄ (%)</source>
            <translation>饱和 ─ / 死亡 ┄（%）</translation>
        </message>
        <message>
            <source>layer l</source>
            <translation>层 l</translation>
        </message>
    </context>
    <context>
        <name>DepthHistogramView</name>
        <message>
            <source>hˡ</source>
            <translation>hˡ</translation>
        </message>
        <message>
            <source>layer l</source>
            <translation>层 l</translation>
        </message>
        <message>
            <source>No configuration</source>
            <translation>没有配置</translation>
        </message>
    </context>
    <context>
        <name>DepthLabFile</name>
        <message>
            <source>%1 is not a depth-lab file.</source>
            <translation>%1 不是深度实验室文件。</translation>
        </message>
        <message>
            <source>Depth-lab files (*.actlab-depth.json *.json)</source>
            <translation>深度实验室文件 (*.actlab-depth.json *.json)</translation>
        </message>
    </context>
    <context>
        <name>DepthLabPage</name>
        <message>
            <source>ordered</source>
            <translation>有序</translation>
        </message>
        <message>
            <source>critical</source>
            <translation>临界</translation>
        </message>
        <message>
            <source>chaotic</source>
            <translation>混沌</translation>
        </message>
        <message>
            <source>Open depth-lab file</source>
            <translation>打开深度实验室文件</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>正在计算…</translation>
        </message>
        <message numerus="yes">
            <source>Measured on a random network of depth %1 and width %2 with %3 inputs, for %n configuration(s).</source>
            <translation>
                <numerusform>已在深度 %1、宽度 %2 的随机网络上用 %3 个输入测量了 %n 个配置。</numerusform>
            </translation>
        </message>
        <message>
            <source>Measuring… %1 of %2 configurations done.</source>
            <translation>正在测量… 已完成 %1 / %2 个配置。</translation>
        </message>
        <message>
            <source>Export figure</source>
            <translation>导出图像</translation>
        </message>
        <message>
            <source>PNG image (*.png);;PDF document (*.pdf)</source>
            <translation>PNG 图像 (*.png);;PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>无法写入 %1。</translation>
        </message>
        <message>
            <source>Signals and gradients</source>
            <translation>信号与梯度</translation>
        </message>
        <message>
            <source>Histograms through depth</source>
            <translation>逐层分布直方图</translation>
        </message>
        <message>
            <source>Phase diagram</source>
            <translation>相图</translation>
        </message>
        <message>
            <source>Drag a point to change its weight and bias variances</source>
            <translation>拖动圆点可改变其权重方差与偏置方差</translation>
        </message>
        <message>
            <source>Solid: measured on a random network · dashed: mean-field theory. Wheel: zoom · drag: pan.</source>
            <translation>实线：在随机网络上的测量值 · 虚线：平均场理论的预测。滚轮：缩放 · 拖动：平移。</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Save…</source>
            <translation>保存(&amp;S)…</translation>
        </message>
        <message>
            <source>E&amp;xport…</source>
            <translation>导出(&amp;X)…</translation>
        </message>
        <message>
            <source>Save the chart shown as PNG or PDF</source>
            <translation>将当前图表保存为 PNG 或 PDF</translation>
        </message>
        <message>
            <source>Open a lab file (Ctrl+O)</source>
            <translation>打开实验文件（Ctrl+O）</translation>
        </message>
        <message>
            <source>Save the lab, these configurations and settings included (Ctrl+S)</source>
            <translation>保存实验，包括这些配置和设置（Ctrl+S）</translation>
        </message>
    </context>
    <context>
        <name>DepthSettingsPanel</name>
        <message>
            <source>σ_w² = %1</source>
            <translation>σ_w² = %1</translation>
        </message>
        <message>
            <source>%1 · %2</source>
            <translation>%1 · %2</translation>
        </message>
        <message>
            <source>, σ_b² = %1</source>
            <translation>，σ_b² = %1</translation>
        </message>
        <message>
            <source>%1 — %2</source>
            <translation>%1 — %2</translation>
        </message>
        <message>
            <source>Typed formula…</source>
            <translation>自定义公式…</translation>
        </message>
        <message>
            <source>Configurations</source>
            <translation>配置</translation>
        </message>
        <message>
            <source>Activation · weights</source>
            <translation>激活函数 · 权重</translation>
        </message>
        <message>
            <source>χ₁</source>
            <translation>χ₁</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>相</translation>
        </message>
        <message>
            <source>Each line is drawn in its own colour. χ₁ &lt; 1: ordered, signals converge and gradients vanish; χ₁ &gt; 1: chaotic, gradients explode.</source>
            <translation>每一行用各自的颜色绘制。χ₁ &lt; 1：有序相，信号趋同、梯度消失；χ₁ &gt; 1：混沌相，梯度爆炸。</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>添加(&amp;A)</translation>
        </message>
        <message>
            <source>Add a copy of the selected configuration (up to %1)</source>
            <translation>复制所选配置并添加（最多 %1 个）</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>移除(&amp;R)</translation>
        </message>
        <message>
            <source>De&amp;faults</source>
            <translation>默认(&amp;F)</translation>
        </message>
        <message>
            <source>sigmoid and tanh with Glorot, ReLU and GELU with He, SELU with LeCun normal</source>
            <translation>sigmoid 和 tanh 配 Glorot，ReLU 和 GELU 配 He，SELU 配 LeCun 正态</translation>
        </message>
        <message>
            <source>Selected configuration</source>
            <translation>所选配置</translation>
        </message>
        <message>
            <source>Activation</source>
            <translation>激活函数</translation>
        </message>
        <message>
            <source>a formula in x, e.g. x*sigmoid(x)</source>
            <translation>关于 x 的公式，例如 x*sigmoid(x)</translation>
        </message>
        <message>
            <source>Weights</source>
            <translation>权重</translation>
        </message>
        <message>
            <source>σ_w²</source>
            <translation>σ_w²</translation>
        </message>
        <message>
            <source>Weight variance times the width: Wᵢⱼ ~ N(0, σ_w²/N). Typing a value replaces the initialiser.</source>
            <translation>权重方差乘以宽度：Wᵢⱼ ~ N(0, σ_w²/N)。输入数值将取代初始化方法。</translation>
        </message>
        <message>
            <source>σ_b²</source>
            <translation>σ_b²</translation>
        </message>
        <message>
            <source>Bias variance: bᵢ ~ N(0, σ_b²)</source>
            <translation>偏置方差：bᵢ ~ N(0, σ_b²)</translation>
        </message>
        <message>
            <source>Show in the charts</source>
            <translation>在图表中显示</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>网络</translation>
        </message>
        <message>
            <source>Depth L</source>
            <translation>深度 L</translation>
        </message>
        <message>
            <source>Width N</source>
            <translation>宽度 N</translation>
        </message>
        <message>
            <source>Inputs</source>
            <translation>输入数</translation>
        </message>
        <message>
            <source>How many random inputs are pushed through; pairs of them start with correlation c⁰</source>
            <translation>送入网络的随机输入个数；两两成对，每对的初始相关系数为 c⁰</translation>
        </message>
        <message>
            <source>Input variance q⁰</source>
            <translation>输入方差 q⁰</translation>
        </message>
        <message>
            <source>Input correlation c⁰</source>
            <translation>输入相关系数 c⁰</translation>
        </message>
        <message>
            <source>Dropout</source>
            <translation>随机失活</translation>
        </message>
        <message>
            <source>Dropout rate p</source>
            <translation>失活率 p</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <source>The same seed draws the same network and inputs</source>
            <translation>相同的种子生成相同的网络与输入</translation>
        </message>
        <message>
            <source>Explicit σ_w²</source>
            <translation>指定 σ_w²</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>标准</translation>
        </message>
        <message>
            <source>AlphaDropout</source>
            <translation>AlphaDropout</translation>
        </message>
    </context>
    <context>
        <name>ExplorerViews</name>
        <message>
            <source>Every curve in one plot, with f′ and f″ (Ctrl+L)</source>
            <translation>所有曲线画在同一张图里，带 f′ 和 f″（Ctrl+L）</translation>
        </message>
        <message>
            <source>One cell per curve with f and f′, on shared axes, to compare at a glance (Ctrl+M)</source>
            <translation>每条曲线一格，画出 f 和 f′，坐标轴相同，一眼就能比较（Ctrl+M）</translation>
        </message>
        <message>
            <source>|f′| of every curve on a log scale, with the vanishing and dead zones (Ctrl+G)</source>
            <translation>每条曲线的 |f′|，对数坐标，标出梯度消失区和死区（Ctrl+G）</translation>
        </message>
        <message>
            <source>Overla&amp;y</source>
            <translation>叠加(&amp;Y)</translation>
        </message>
        <message>
            <source>Side-&amp;by-side grid (small multiples)</source>
            <translation>并排小多图网格(&amp;B)</translation>
        </message>
        <message>
            <source>Overlay</source>
            <translation>叠加</translation>
        </message>
        <message>
            <source>Small multiples</source>
            <translation>小多图</translation>
        </message>
        <message>
            <source>Zoom inset at &amp;x = 0</source>
            <translation>x = 0 处放大插图(&amp;X)</translation>
        </message>
        <message>
            <source>Zoom at x = 0</source>
            <translation>放大 x = 0</translation>
        </message>
        <message>
            <source>A magnified corner view of every curve around x = 0, where slopes that look alike come apart (Ctrl+I)</source>
            <translation>在角落放大显示各曲线在 x = 0 附近的样子，看起来相近的斜率在这里就能分辨（Ctrl+I）</translation>
        </message>
        <message>
            <source>Gradient</source>
            <translation>梯度</translation>
        </message>
        <message>
            <source>Gradient &amp;view</source>
            <translation>梯度视图(&amp;V)</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export Figure</source>
            <translation>导出图形</translation>
        </message>
        <message>
            <source>&amp;Format:</source>
            <translation>格式(&amp;F)：</translation>
        </message>
        <message>
            <source>&amp;Preset:</source>
            <translation>预设(&amp;P)：</translation>
        </message>
        <message>
            <source>&amp;Size:</source>
            <translation>尺寸(&amp;S)：</translation>
        </message>
        <message>
            <source>Width in pixels (points for PDF)</source>
            <translation>宽度，单位为像素（PDF 中为磅）</translation>
        </message>
        <message>
            <source>Height in pixels (points for PDF)</source>
            <translation>高度，单位为像素（PDF 中为磅）</translation>
        </message>
        <message>
            <source>S&amp;cale:</source>
            <translation>缩放(&amp;C)：</translation>
        </message>
        <message>
            <source>Image pixels per layout pixel: 2 gives a crisp image on high-resolution screens and projectors</source>
            <translation>每个布局像素对应的图像像素数：取 2 可在高分辨率屏幕和投影仪上得到清晰的图像</translation>
        </message>
        <message>
            <source>F&amp;ile:</source>
            <translation>文件(&amp;I)：</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>浏览(&amp;B)…</translation>
        </message>
        <message>
            <source>Export failed</source>
            <translation>导出失败</translation>
        </message>
        <message>
            <source>PNG: a bitmap for slides and documents. The image has size × scale pixels.</source>
            <translation>PNG：适用于幻灯片和文档的位图，图像的像素数为尺寸 × 缩放倍数。</translation>
        </message>
        <message>
            <source>SVG: a vector drawing for web pages and Inkscape; the size sets its proportions and text size.</source>
            <translation>SVG：适用于网页和 Inkscape 的矢量图；尺寸决定其比例和文字大小。</translation>
        </message>
        <message>
            <source>PDF: a vector page for LaTeX and print; one pixel is one point.</source>
            <translation>PDF：适用于 LaTeX 和打印的矢量页面；一个像素对应一磅。</translation>
        </message>
        <message>
            <source>CSV: the sampled points of every curve shown, with the columns curve, order, piece, x and y.</source>
            <translation>CSV：所显示的每条曲线的采样点，列为 curve、order、piece、x 和 y。</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG 图像 (*.png)</translation>
        </message>
        <message>
            <source>SVG drawings (*.svg)</source>
            <translation>SVG 矢量图 (*.svg)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF 文档 (*.pdf)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Copy failed</source>
            <translation>复制失败</translation>
        </message>
        <message>
            <source>Copy &amp;Image</source>
            <translation>复制图像(&amp;I)</translation>
        </message>
        <message>
            <source>Copy the figure to the clipboard at this size and scale</source>
            <translation>按此尺寸和缩放倍数把图形复制到剪贴板</translation>
        </message>
        <message>
            <source>PNG image</source>
            <translation>PNG 图像</translation>
        </message>
        <message>
            <source>SVG vector drawing</source>
            <translation>SVG 矢量图</translation>
        </message>
        <message>
            <source>PDF document</source>
            <translation>PDF 文档</translation>
        </message>
        <message>
            <source>CSV data (sampled curves)</source>
            <translation>CSV 数据（采样曲线）</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>自定义</translation>
        </message>
        <message>
            <source>Slide 16:10 (1280 × 800)</source>
            <translation>幻灯片 16:10（1280 × 800）</translation>
        </message>
        <message>
            <source>Slide 16:9 (1920 × 1080)</source>
            <translation>幻灯片 16:9（1920 × 1080）</translation>
        </message>
        <message>
            <source>Projector 4:3 (1024 × 768)</source>
            <translation>投影仪 4:3（1024 × 768）</translation>
        </message>
        <message>
            <source>Paper figure (800 × 500)</source>
            <translation>论文插图（800 × 500）</translation>
        </message>
    </context>
    <context>
        <name>FigureExporter</name>
        <message>
            <source>The figure must be from %1 to %2 pixels wide and high.</source>
            <translation>图形的宽度和高度必须在 %1 到 %2 像素之间。</translation>
        </message>
        <message>
            <source>The scale must be from %1 to %2.</source>
            <translation>缩放倍数必须在 %1 到 %2 之间。</translation>
        </message>
        <message>
            <source>The image would be too large (%1 megapixels); lower the size or the scale.</source>
            <translation>图像过大（%1 百万像素）；请减小尺寸或缩放倍数。</translation>
        </message>
        <message>
            <source>Choose a file to export to.</source>
            <translation>请选择要导出到的文件。</translation>
        </message>
        <message>
            <source>Could not draw the figure.</source>
            <translation>无法绘制该图形。</translation>
        </message>
        <message>
            <source>Cannot write "%1": %2</source>
            <translation>无法写入“%1”：%2</translation>
        </message>
        <message>
            <source>The clipboard is not available.</source>
            <translation>剪贴板不可用。</translation>
        </message>
        <message>
            <source>The printer reports no printable area.</source>
            <translation>打印机没有可打印区域。</translation>
        </message>
        <message>
            <source>Could not start printing.</source>
            <translation>无法开始打印。</translation>
        </message>
        <message>
            <source>Could not print the figure.</source>
            <translation>无法打印这张图。</translation>
        </message>
    </context>
    <context>
        <name>FormulaDialog</name>
        <message>
            <source>Formula</source>
            <translation>公式</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>optional, e.g. My gated unit</source>
            <translation>可选，例如 我的门控单元</translation>
        </message>
        <message>
            <source>f(x) &amp;=</source>
            <translation>f(x) &amp;=</translation>
        </message>
        <message>
            <source>e.g. x*sigmoid(1.5*x)</source>
            <translation>例如 x*sigmoid(1.5*x)</translation>
        </message>
        <message>
            <source>Write an expression in x with + - * / ^, functions such as exp, sin, tanh, abs, min, max, and any built-in activation by its id, e.g. relu(x) or softplus(x). Derivatives are computed numerically.</source>
            <translation>写出关于 x 的表达式，可使用 + - * / ^，exp、sin、tanh、abs、min、max 等函数，以及任何内置激活函数（按标识符调用，例如 relu(x) 或 softplus(x)）。导数以数值方法计算。</translation>
        </message>
        <message>
            <source>The formula is valid.</source>
            <translation>公式有效。</translation>
        </message>
    </context>
    <context>
        <name>FormulaError</name>
        <message>
            <source>The formula is empty: type an expression in x, such as sin(x).</source>
            <translation>公式为空：请输入一个关于 x 的表达式，例如 sin(x)。</translation>
        </message>
        <message>
            <source>Unknown name "%1" at column %2: use x, a function such as exp or sigmoid, or a constant such as _pi.</source>
            <translation>第 %2 列有未知名称“%1”：请使用 x、exp 或 sigmoid 等函数，或 _pi 等常数。</translation>
        </message>
        <message>
            <source>Unexpected "%1" at column %2.</source>
            <translation>第 %2 列出现了意外的“%1”。</translation>
        </message>
        <message>
            <source>Missing closing parenthesis for the one opened at column %1.</source>
            <translation>第 %1 列打开的括号缺少右括号。</translation>
        </message>
        <message>
            <source>Unexpected parenthesis at column %1.</source>
            <translation>第 %1 列出现了多余的括号。</translation>
        </message>
        <message>
            <source>The formula ends too early, at column %1.</source>
            <translation>公式在第 %1 列提前结束。</translation>
        </message>
        <message>
            <source>Wrong number of arguments for "%1" at column %2.</source>
            <translation>第 %2 列的“%1”参数个数不正确。</translation>
        </message>
        <message>
            <source>The formula cannot be read at column %1.</source>
            <translation>无法解析公式第 %1 列处的内容。</translation>
        </message>
        <message>
            <source>The formula is too long: at most %1 characters.</source>
            <translation>公式太长：最多 %1 个字符。</translation>
        </message>
        <message>
            <source>Parentheses are nested too deeply at column %1: at most %2 levels.</source>
            <translation>第 %1 列的括号嵌套过深：最多 %2 层。</translation>
        </message>
    </context>
    <context>
        <name>FormulaTypesetter</name>
        <message>
            <source>a is learned</source>
            <translation>a 可学习</translation>
        </message>
        <message>
            <source>tanh form</source>
            <translation>tanh 形式</translation>
        </message>
        <message>
            <source>training</source>
            <translation>训练时</translation>
        </message>
        <message>
            <source>evaluation</source>
            <translation>评估时</translation>
        </message>
        <message>
            <source>otherwise</source>
            <translation>其他情况</translation>
        </message>
        <message>
            <source>if</source>
            <translation>若</translation>
        </message>
        <message>
            <source>such that</source>
            <translation>使得</translation>
        </message>
    </context>
    <context>
        <name>GradientView</name>
        <message>
            <source>&amp;Vanishing below |f′| &lt;</source>
            <translation>梯度消失阈值 |f′| &lt;(&amp;V)</translation>
        </message>
        <message>
            <source>Where the slope is smaller than this, gradients shrink as they pass the layer: the shaded vanishing zone.</source>
            <translation>斜率小于此值的区域，梯度每经过一层都会缩小：即阴影标出的梯度消失区。</translation>
        </message>
        <message>
            <source>input x</source>
            <translation>输入 x</translation>
        </message>
        <message>
            <source>gradient magnitude |f′(x)|</source>
            <translation>梯度大小 |f′(x)|</translation>
        </message>
        <message>
            <source>vanishing zone: |f′| &lt; %1</source>
            <translation>梯度消失区：|f′| &lt; %1</translation>
        </message>
        <message>
            <source>dead zone: f′ = 0 exactly</source>
            <translation>死区：f′ 恰好为 0</translation>
        </message>
        <message>
            <source>Gradient view</source>
            <translation>梯度视图</translation>
        </message>
        <message>
            <source>Gradient magnitude of %1</source>
            <translation>%1 的梯度大小</translation>
        </message>
    </context>
    <context>
        <name>Identities</name>
        <message>
            <source>tanh is a rescaled sigmoid</source>
            <translation>tanh 是缩放平移后的 sigmoid</translation>
        </message>
        <message>
            <source>Squeeze the sigmoid horizontally by 2, stretch it vertically by 2 and move it down by 1: that is tanh. The two saturate alike; tanh is the zero-centred one.</source>
            <translation>把 sigmoid 沿水平方向压缩一半、沿竖直方向拉伸为 2 倍，再向下平移 1，就得到 tanh。两者饱和的方式相同，只是 tanh 以零为中心。</translation>
        </message>
        <message>
            <source>The slope of softplus is the sigmoid</source>
            <translation>softplus 的斜率就是 sigmoid</translation>
        </message>
        <message>
            <source>Softplus, ln(1 + eˣ), is a smooth ReLU, and its derivative is exactly σ(x): a smooth ramp has a smooth step as its slope. Show f′ in the explorer to see it on the pinned curves.</source>
            <translation>softplus 即 ln(1 + eˣ)，是平滑版的 ReLU，它的导数恰好是 σ(x)：平滑斜坡的斜率就是平滑的阶跃。在“函数浏览”页中显示 f′，即可在固定曲线上看到这一点。</translation>
        </message>
        <message>
            <source>SiLU is the input gated by its sigmoid</source>
            <translation>SiLU 是由自身 sigmoid 门控的输入</translation>
        </message>
        <message>
            <source>SiLU (Swish) multiplies x by σ(x), a soft switch between 0 and 1: nearly 0 for very negative x, nearly x for large x, with a small dip in between.</source>
            <translation>SiLU（Swish）把 x 乘以 σ(x)，后者是介于 0 和 1 之间的柔和开关：x 很负时结果接近 0，x 很大时接近 x，中间有一个小的负向凹陷。</translation>
        </message>
        <message>
            <source>GELU is nearly SiLU with a steeper gate</source>
            <translation>GELU 近似于门更陡的 SiLU</translation>
        </message>
        <message>
            <source>GELU's gate, the normal distribution function Φ(x), is close to σ(1.702x), so GELU(x) ≈ x·σ(1.702x): SiLU with β = 1.702. This one is an approximation: the curves differ by up to about 0.02, near x = ±2.3.</source>
            <translation>GELU 的门是标准正态分布函数 Φ(x)，它与 σ(1.702x) 非常接近，因此 GELU(x) ≈ x·σ(1.702x)，即 β = 1.702 的 SiLU。这是一个近似关系：两条曲线最多相差约 0.02，出现在 x = ±2.3 附近。</translation>
        </message>
        <message>
            <source>Two-class softmax is the sigmoid of the difference</source>
            <translation>二分类 softmax 就是差值的 sigmoid</translation>
        </message>
        <message>
            <source>With two logits, softmax's first output e^x₁/(e^x₁ + e^x₂) equals σ(x₁ − x₂): only the difference of the logits matters. Drawn along x₁ = x with x₂ = 0, as the explorer draws softmax.</source>
            <translation>只有两个分数时，softmax 的第一个输出 e^x₁/(e^x₁ + e^x₂) 等于 σ(x₁ − x₂)：起作用的只是两个分数之差。图中取 x₁ = x、x₂ = 0，与“函数浏览”页绘制 softmax 的方式相同。</translation>
        </message>
        <message>
            <source>ReLU is the mean of x and |x|</source>
            <translation>ReLU 是 x 与 |x| 的平均值</translation>
        </message>
        <message>
            <source>(x + |x|)/2 is x for positive x and 0 for negative x: ReLU written without a comparison. In floating point the two agree to the last bit.</source>
            <translation>x 为正时 (x + |x|)/2 等于 x，x 为负时等于 0：这是不用比较运算写出的 ReLU。在浮点运算中，两者连最后一位都完全相同。</translation>
        </message>
        <message>
            <source>SELU is a scaled ELU with a fixed α</source>
            <translation>SELU 是固定 α 并经过缩放的 ELU</translation>
        </message>
        <message>
            <source>SELU is ELU with α fixed at 1.6733, scaled by λ = 1.0507: constants chosen so that activations keep zero mean and unit variance from layer to layer.</source>
            <translation>SELU 就是 α 固定为 1.6733、再乘以 λ = 1.0507 的 ELU：这两个常数经过专门选取，使激活值逐层保持零均值和单位方差。</translation>
        </message>
    </context>
    <context>
        <name>InfoPanel</name>
        <message>
            <source>Copied ✓</source>
            <translation>已复制 ✓</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>复制</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <source>discontinuous (has jumps)</source>
            <translation>不连续（有跳跃）</translation>
        </message>
        <message>
            <source>continuous, with kinks (C⁰)</source>
            <translation>连续，有折点（C⁰）</translation>
        </message>
        <message>
            <source>continuously differentiable (C¹)</source>
            <translation>一阶连续可导（C¹）</translation>
        </message>
        <message>
            <source>twice continuously differentiable (C²)</source>
            <translation>二阶连续可导（C²）</translation>
        </message>
        <message>
            <source>Output range</source>
            <translation>输出范围</translation>
        </message>
        <message>
            <source>Monotonic</source>
            <translation>单调</translation>
        </message>
        <message>
            <source>Smoothness</source>
            <translation>光滑性</translation>
        </message>
        <message>
            <source>Zero-centred</source>
            <translation>以零为中心</translation>
        </message>
        <message>
            <source>Bounded below</source>
            <translation>有下界</translation>
        </message>
        <message>
            <source>Bounded above</source>
            <translation>有上界</translation>
        </message>
        <message>
            <source>Self-normalising</source>
            <translation>自归一化</translation>
        </message>
        <message>
            <source>f′ and f″ of a formula are computed numerically by the core, so they are approximations near kinks and jumps.</source>
            <translation>公式的 f′ 和 f″ 由核心以数值方法计算，因此在折点和跳跃点附近只是近似值。</translation>
        </message>
        <message>
            <source>keras.activations %1</source>
            <translation>keras.activations %1</translation>
        </message>
        <message>
            <source>Defaults that differ between frameworks:</source>
            <translation>各框架默认值不同之处：</translation>
        </message>
        <message>
            <source>No kinks or jumps for these parameters: every framework returns the same derivative everywhere.</source>
            <translation>在当前参数下没有折点或跳跃点：各框架处处返回相同的导数。</translation>
        </message>
        <message>
            <source>x = %1: jump in f; PyTorch's f′ there is %2</source>
            <translation>x = %1：f 在此跳跃；PyTorch 在此处取 f′ = %2</translation>
        </message>
        <message>
            <source>x = %1: kink; PyTorch's f′ there is %2</source>
            <translation>x = %1：折点；PyTorch 在此处取 f′ = %2</translation>
        </message>
        <message>
            <source>Derivative at the non-differentiable points (current parameters):</source>
            <translation>不可导点处的导数（当前参数）：</translation>
        </message>
        <message>
            <source>Properties (default parameters)</source>
            <translation>性质（默认参数下）</translation>
        </message>
        <message>
            <source>What it does</source>
            <translation>特点</translation>
        </message>
        <message>
            <source>When to use it</source>
            <translation>适用场景</translation>
        </message>
        <message>
            <source>Pitfalls</source>
            <translation>注意事项</translation>
        </message>
        <message>
            <source>Introduced in</source>
            <translation>出处</translation>
        </message>
        <message>
            <source>Frameworks compared</source>
            <translation>框架对比</translation>
        </message>
        <message>
            <source>Copy the Keras 3 code to the clipboard</source>
            <translation>将 Keras 3 代码复制到剪贴板</translation>
        </message>
        <message>
            <source>Copy the PyTorch code to the clipboard</source>
            <translation>将 PyTorch 代码复制到剪贴板</translation>
        </message>
        <message>
            <source>No activation selected</source>
            <translation>未选择激活函数</translation>
        </message>
        <message>
            <source>Choose an activation from the catalog.</source>
            <translation>请从目录中选择一个激活函数。</translation>
        </message>
        <message>
            <source>Formula</source>
            <translation>公式</translation>
        </message>
        <message>
            <source>Your formula</source>
            <translation>你的公式</translation>
        </message>
        <message>
            <source>A formula you typed. Every built-in activation can be used in it by its id, e.g. relu(x).</source>
            <translation>你输入的公式。其中可以按标识符调用任何内置激活函数，例如 relu(x)。</translation>
        </message>
        <message>
            <source>A vector activation. The plot shows its output for the input (x, x), i.e. both halves equal to x.</source>
            <translation>向量激活函数。图中显示输入为 (x, x)（两半都等于 x）时的输出。</translation>
        </message>
        <message>
            <source>A vector activation. The plot shows the first output for the two-element input (x, 0); for softmax that is σ(x/T).</source>
            <translation>向量激活函数。图中显示二元输入 (x, 0) 的第一个输出；对 softmax 而言就是 σ(x/T)。</translation>
        </message>
        <message>
            <source>%1; JAX's is %2</source>
            <translation>%1；JAX 取 %2</translation>
        </message>
        <message>
            <source>%1; JAX agrees</source>
            <translation>%1；JAX 与之相同</translation>
        </message>
        <message>
            <source>smooth (C∞)</source>
            <translation>光滑（C∞）</translation>
        </message>
        <message>
            <source>Properties of the plotted slice (default parameters)</source>
            <translation>所绘切片的性质（默认参数下）</translation>
        </message>
    </context>
    <context>
        <name>InitializerText</name>
        <message>
            <source>Glorot uniform</source>
            <translation>Glorot 均匀</translation>
        </message>
        <message>
            <source>Glorot normal</source>
            <translation>Glorot 正态</translation>
        </message>
        <message>
            <source>He uniform</source>
            <translation>He 均匀</translation>
        </message>
        <message>
            <source>He normal</source>
            <translation>He 正态</translation>
        </message>
        <message>
            <source>LeCun uniform</source>
            <translation>LeCun 均匀</translation>
        </message>
        <message>
            <source>LeCun normal</source>
            <translation>LeCun 正态</translation>
        </message>
    </context>
    <context>
        <name>JsonFile</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>无法打开 %1：%2</translation>
        </message>
        <message>
            <source>%1 is not valid JSON (at character %2).</source>
            <translation>%1 不是有效的 JSON（第 %2 个字符处）。</translation>
        </message>
        <message>
            <source>%1 has an invalid value for "%2".</source>
            <translation>%1 中“%2”的值无效。</translation>
        </message>
    </context>
    <context>
        <name>LabDocument</name>
        <message>
            <source>&amp;New lab</source>
            <translation>新建实验(&amp;N)</translation>
        </message>
        <message>
            <source>Start from the default set-up (Ctrl+N)</source>
            <translation>从默认设置重新开始（Ctrl+N）</translation>
        </message>
        <message>
            <source>&amp;Open lab…</source>
            <translation>打开实验(&amp;O)…</translation>
        </message>
        <message>
            <source>Open a lab or lesson file (Ctrl+O)</source>
            <translation>打开实验或课程文件（Ctrl+O）</translation>
        </message>
        <message>
            <source>&amp;Save lab</source>
            <translation>保存实验(&amp;S)</translation>
        </message>
        <message>
            <source>Save everything set up here, and the lesson (Ctrl+S)</source>
            <translation>保存这里的全部设置以及课程（Ctrl+S）</translation>
        </message>
        <message>
            <source>Save lab &amp;as…</source>
            <translation>实验另存为(&amp;A)…</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Clear the list</source>
            <translation>清空列表(&amp;C)</translation>
        </message>
        <message>
            <source>Cannot open the lab</source>
            <translation>无法打开实验</translation>
        </message>
        <message>
            <source>Cannot save the lab</source>
            <translation>无法保存实验</translation>
        </message>
        <message>
            <source>lab</source>
            <translation>实验</translation>
        </message>
        <message>
            <source>Save the lab</source>
            <translation>保存实验</translation>
        </message>
        <message>
            <source>Open a lab</source>
            <translation>打开实验</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存的更改</translation>
        </message>
        <message>
            <source>This lab has changes that were never saved.</source>
            <translation>这个实验有从未保存过的更改。</translation>
        </message>
        <message>
            <source>%1 has changes that are not saved.</source>
            <translation>%1 有尚未保存的更改。</translation>
        </message>
        <message>
            <source>Save them before going on?</source>
            <translation>继续之前要先保存吗？</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>放弃(&amp;D)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Untitled lab</source>
            <translation>未命名实验</translation>
        </message>
        <message>
            <source>%1[*] — ActLab</source>
            <translation>%1[*] — 激活函数实验室</translation>
        </message>
    </context>
    <context>
        <name>LabFile</name>
        <message>
            <source>%1 is not a playground lab file.</source>
            <translation>%1 不是训练场实验文件。</translation>
        </message>
        <message>
            <source>Playground lab files (*.actlab-playground.json *.json)</source>
            <translation>训练场实验文件 (*.actlab-playground.json *.json)</translation>
        </message>
    </context>
    <context>
        <name>LabFileIo</name>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>无法打开 %1：%2</translation>
        </message>
        <message>
            <source>%1 is not an ActLab lab file: it is larger than 1 MiB.</source>
            <translation>%1 不是 ActLab 实验文件：它超过了 1 MiB。</translation>
        </message>
        <message>
            <source>%1 is empty.</source>
            <translation>%1 是空文件。</translation>
        </message>
        <message>
            <source>%1 is incomplete: it ends at line %2 before the lab is closed (was the file cut short?).</source>
            <translation>%1 不完整：内容在第 %2 行就结束了，实验还没有写完（文件是否被截断了？）。</translation>
        </message>
        <message>
            <source>%1 is not valid JSON: %2 at line %3, column %4.</source>
            <translation>%1 不是有效的 JSON：第 %3 行第 %4 列，%2。</translation>
        </message>
        <message>
            <source>%1 is not an ActLab lab file.</source>
            <translation>%1 不是 ActLab 实验文件。</translation>
        </message>
        <message>
            <source>%1 was saved by a newer ActLab (file version %2); this version reads up to version %3. Please update ActLab.</source>
            <translation>%1 由更新版本的 ActLab 保存（文件版本 %2），本版本最多只能读取版本 %3。请更新 ActLab。</translation>
        </message>
        <message>
            <source>%1 has a missing or invalid value for "%2".</source>
            <translation>%1 中“%2”的值缺失或无效。</translation>
        </message>
        <message>
            <source>ActLab labs (*.actlab *.actlab-playground.json *.json);;All files (*)</source>
            <translation>ActLab 实验 (*.actlab *.actlab-playground.json *.json);;所有文件 (*)</translation>
        </message>
        <message>
            <source>ActLab labs (*.actlab)</source>
            <translation>ActLab 实验 (*.actlab)</translation>
        </message>
    </context>
    <context>
        <name>LessonBar</name>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>共 %n 步</numerusform>
            </translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>第 %1 步，共 %2 步</translation>
        </message>
        <message>
            <source>&amp;Previous step</source>
            <translation>上一步(&amp;P)</translation>
        </message>
        <message>
            <source>The lesson's previous step (PgUp)</source>
            <translation>课程的上一步（PgUp）</translation>
        </message>
        <message>
            <source>&amp;Next step</source>
            <translation>下一步(&amp;N)</translation>
        </message>
        <message>
            <source>The lesson's next step (PgDn)</source>
            <translation>课程的下一步（PgDn）</translation>
        </message>
        <message>
            <source>&amp;Add the current view as a step…</source>
            <translation>把当前画面添加为一步(&amp;A)…</translation>
        </message>
        <message>
            <source>Everything shown now becomes a new step after this one (Ctrl+Shift+N)</source>
            <translation>把现在显示的全部内容作为新的一步，插在当前步之后（Ctrl+Shift+N）</translation>
        </message>
        <message>
            <source>&amp;Edit this step's text…</source>
            <translation>编辑本步的文字(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Update this step to the current view</source>
            <translation>用当前画面更新本步(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Move this step earlier</source>
            <translation>本步前移(&amp;M)</translation>
        </message>
        <message>
            <source>Move this step &amp;later</source>
            <translation>本步后移(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Delete this step</source>
            <translation>删除本步(&amp;D)</translation>
        </message>
        <message>
            <source>Edit lesson</source>
            <translation>编辑课程</translation>
        </message>
        <message>
            <source>Add, edit, move or delete steps</source>
            <translation>添加、编辑、移动或删除步骤</translation>
        </message>
    </context>
    <context>
        <name>LessonStepDialog</name>
        <message>
            <source>Lesson step</source>
            <translation>课程步骤</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>标题(&amp;T)：</translation>
        </message>
        <message>
            <source>Te&amp;xt:</source>
            <translation>文字(&amp;X)：</translation>
        </message>
        <message>
            <source>Fill in one language or both: the step is shown in the interface language, else in the other.</source>
            <translation>填写一种语言或两种都填：步骤按界面语言显示，没有时显示另一种。</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>确定</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>LogitEditor</name>
        <message>
            <source>&amp;Number of logits:</source>
            <translation>分数个数(&amp;N)：</translation>
        </message>
        <message>
            <source>How many scores (logits) go into softmax: from %1 to %2.</source>
            <translation>输入 softmax 的分数个数：%1 到 %2 个。</translation>
        </message>
        <message>
            <source>&amp;Temperature T:</source>
            <translation>温度 T(&amp;T)：</translation>
        </message>
        <message>
            <source>Every logit is divided by T before the exponential. Small T sharpens the distribution towards the largest logit; large T flattens it.</source>
            <translation>取指数之前，每个分数都先除以 T。T 越小，分布越集中于最大的分数；T 越大，分布越平坦。</translation>
        </message>
        <message>
            <source>Logit x%1: drag, or type any value (the slider widens to reach it).</source>
            <translation>分数 x%1：拖动滑块，或直接输入任意数值（滑块范围会随之扩大）。</translation>
        </message>
    </context>
    <context>
        <name>LossCurvesView</name>
        <message>
            <source>Epoch %1</source>
            <translation>第 %1 轮</translation>
        </message>
        <message>
            <source>train loss %1, test loss %2</source>
            <translation>训练损失 %1，测试损失 %2</translation>
        </message>
        <message>
            <source>gradient norms %1</source>
            <translation>梯度范数 %1</translation>
        </message>
        <message>
            <source>dead %1%, saturated %2%</source>
            <translation>死亡 %1%，饱和 %2%</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <source>Epoch</source>
            <translation>轮次</translation>
        </message>
        <message>
            <source>train</source>
            <translation>训练</translation>
        </message>
        <message>
            <source>test</source>
            <translation>测试</translation>
        </message>
        <message>
            <source>dead</source>
            <translation>死亡</translation>
        </message>
        <message>
            <source>saturated</source>
            <translation>饱和</translation>
        </message>
        <message>
            <source>‖gradient‖</source>
            <translation>‖梯度‖</translation>
        </message>
        <message>
            <source>dead, sat. %</source>
            <translation>死亡/饱和 %</translation>
        </message>
    </context>
    <context>
        <name>Main</name>
        <message>
            <source>ActLab, the activation function lab. Headless commands: actlab help</source>
            <translation>ActLab，激活函数实验室。无界面命令：actlab help</translation>
        </message>
        <message>
            <source>User interface language: en or zh_CN.</source>
            <translation>界面语言：en 或 zh_CN。</translation>
        </message>
        <message>
            <source>Unknown language "%1": use en or zh_CN.</source>
            <translation>未知语言“%1”：请使用 en 或 zh_CN。</translation>
        </message>
        <message>
            <source>A lab file to open (like --lab).</source>
            <translation>要打开的实验文件（同 --lab）。</translation>
        </message>
        <message>
            <source>Unexpected argument "%1".</source>
            <translation>多余的参数“%1”。</translation>
        </message>
        <message>
            <source>Cannot open %1: no such file.</source>
            <translation>无法打开 %1：文件不存在。</translation>
        </message>
        <message>
            <source>Page to open on: explorer, playground, depth, softmax or guide (default: the last one).</source>
            <translation>启动时打开的页面：explorer（函数浏览）、playground（训练场）、depth（深度实验室）、softmax（softmax 实验室）或 guide（选型指南），默认为上次的页面。</translation>
        </message>
        <message>
            <source>Unknown page "%1": use explorer, playground, depth, softmax or guide.</source>
            <translation>未知页面“%1”：请使用 explorer、playground、depth、softmax 或 guide。</translation>
        </message>
        <message>
            <source>Open a lab file (.actlab, or an older playground or depth-lab file).</source>
            <translation>打开实验文件（.actlab，或旧版的训练场、深度实验室文件）。</translation>
        </message>
        <message>
            <source>Start in presentation mode (F5): full screen, large text and lines.</source>
            <translation>以演示模式启动（F5）：全屏，文字和线条放大。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About ActLab</source>
            <translation>关于 ActLab(&amp;A)</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>关于 Qt(&amp;Q)</translation>
        </message>
        <message>
            <source>About ActLab</source>
            <translation>关于 ActLab</translation>
        </message>
        <message>
            <source>&lt;h3&gt;ActLab %1&lt;/h3&gt;&lt;p&gt;A laboratory for neural-network activation functions: their shapes, exact derivatives, and what they do to a network that learns.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL-3.0), QCustomPlot (GPL-3.0), muParser (BSD-2-Clause), Eigen (MPL-2.0) and oneTBB (Apache-2.0).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;ActLab %1&lt;/h3&gt;&lt;p&gt;神经网络激活函数实验室：观察它们的形状、精确导数，以及它们对学习中的网络有何影响。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;&lt;p&gt;基于 Qt %2（LGPL-3.0）、QCustomPlot（GPL-3.0）、muParser（BSD-2-Clause）、Eigen（MPL-2.0）和 oneTBB（Apache-2.0）构建。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>x = %1    f(x) = %2    f′(x) = %3    f″(x) = %4</source>
            <translation>x = %1    f(x) = %2    f′(x) = %3    f″(x) = %4</translation>
        </message>
        <message>
            <source>Move the mouse over the plot to read x, f(x), f′(x) and f″(x). Wheel: zoom · drag: pan · Ctrl+drag: zoom to a box · R: reset view</source>
            <translation>将鼠标移到图上即可读出 x、f(x)、f′(x) 和 f″(x)。滚轮：缩放 · 拖动：平移 · Ctrl+拖动：框选缩放 · R：重置视图</translation>
        </message>
        <message>
            <source>The plot was copied to the clipboard.</source>
            <translation>图已复制到剪贴板。</translation>
        </message>
        <message>
            <source>Catalog</source>
            <translation>目录</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>参数</translation>
        </message>
        <message>
            <source>About this activation</source>
            <translation>关于此激活函数</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <source>Save the plot as PNG, SVG or PDF, or its curves as CSV</source>
            <translation>将图保存为 PNG、SVG 或 PDF，或将曲线保存为 CSV</translation>
        </message>
        <message>
            <source>&amp;Copy image</source>
            <translation>复制图像(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>Reset &amp;parameters</source>
            <translation>重置参数(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Find activation</source>
            <translation>查找激活函数(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>Show &amp;first derivative f′</source>
            <translation>显示一阶导数 f′(&amp;F)</translation>
        </message>
        <message>
            <source>Show &amp;second derivative f″</source>
            <translation>显示二阶导数 f″(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Reset view</source>
            <translation>重置视图(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Next activation</source>
            <translation>下一个激活函数(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Compare with…</source>
            <translation>对比(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Theme</source>
            <translation>主题(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Light</source>
            <translation>浅色(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Dark</source>
            <translation>深色(&amp;D)</translation>
        </message>
        <message>
            <source>P&amp;anels</source>
            <translation>面板(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Explorer</source>
            <translation>函数浏览(&amp;E)</translation>
        </message>
        <message>
            <source>Shapes and derivatives of the activations (F2)</source>
            <translation>查看激活函数的形状与导数（F2）</translation>
        </message>
        <message>
            <source>Net&amp;work playground</source>
            <translation>神经网络训练场(&amp;W)</translation>
        </message>
        <message>
            <source>Train a small network and watch it learn (F3)</source>
            <translation>训练一个小型网络，观察它如何学习（F3）</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>页面</translation>
        </message>
        <message>
            <source>&amp;Depth lab</source>
            <translation>深度实验室(&amp;D)</translation>
        </message>
        <message>
            <source>Signals and gradients through many layers, measured and predicted (F4)</source>
            <translation>信号与梯度穿过多层网络：测量值与理论预测 (F4)</translation>
        </message>
        <message>
            <source>Softmax step by step: logits, temperature, the stable formula, the Jacobian (F6)</source>
            <translation>逐步理解 softmax：分数、温度、数值稳定的公式、雅可比矩阵（F6）</translation>
        </message>
        <message>
            <source>Add for&amp;mula…</source>
            <translation>添加公式(&amp;M)…</translation>
        </message>
        <message>
            <source>Soft&amp;max lab</source>
            <translation>Softmax 实验室(&amp;M)</translation>
        </message>
        <message>
            <source>One neuron</source>
            <translation>单个神经元</translation>
        </message>
        <message>
            <source>F&amp;ull screen</source>
            <translation>全屏(&amp;U)</translation>
        </message>
        <message>
            <source>Fill the screen, for a projector (F11)</source>
            <translation>占满整个屏幕，适合投影仪（F11）</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>放大界面(&amp;I)</translation>
        </message>
        <message>
            <source>Larger text and controls everywhere (Ctrl++)</source>
            <translation>所有文字和控件变大（Ctrl++）</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>缩小界面(&amp;O)</translation>
        </message>
        <message>
            <source>Smaller text and controls everywhere (Ctrl+−)</source>
            <translation>所有文字和控件变小（Ctrl+−）</translation>
        </message>
        <message>
            <source>Actual si&amp;ze</source>
            <translation>原始大小(&amp;Z)</translation>
        </message>
        <message>
            <source>The system's text size (Ctrl+0)</source>
            <translation>恢复系统的文字大小（Ctrl+0）</translation>
        </message>
        <message>
            <source>Pin t&amp;his activation</source>
            <translation>固定当前激活函数(&amp;H)</translation>
        </message>
        <message>
            <source>Keep this curve, with its parameters, in the plot while you look at others (Ctrl+D)</source>
            <translation>把这条曲线连同它的参数固定在图中，便于查看其他函数时对照（Ctrl+D）</translation>
        </message>
        <message>
            <source>Pin another activation to the plot (Ctrl+K)</source>
            <translation>把另一个激活函数固定到图中（Ctrl+K）</translation>
        </message>
        <message>
            <source>C&amp;lear pins</source>
            <translation>清除固定曲线(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>撤销%1(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>重做%1(&amp;R)</translation>
        </message>
        <message>
            <source>The figure was sent to the printer.</source>
            <translation>图已发送到打印机。</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <source>Print the view on screen, fitted to the page</source>
            <translation>打印屏幕上的视图，缩放到适合页面</translation>
        </message>
        <message numerus="yes">
            <source>Pinned %n activation(s).</source>
            <translation>
                <numerusform>已固定 %n 个激活函数。</numerusform>
            </translation>
        </message>
        <message>
            <source>These activations are pinned already.</source>
            <translation>这些激活函数已经固定了。</translation>
        </message>
        <message>
            <source>Relations</source>
            <translation>函数关系</translation>
        </message>
        <message>
            <source>Selection &amp;guide</source>
            <translation>选型指南(&amp;G)</translation>
        </message>
        <message>
            <source>Which activation for which layer and task, why, and what to watch out for (F7)</source>
            <translation>哪种层、哪种任务该用哪个激活函数，原因是什么，要注意什么（F7）</translation>
        </message>
        <message>
            <source>Less&amp;on</source>
            <translation>课程(&amp;O)</translation>
        </message>
        <message>
            <source>Interface &amp;zoom</source>
            <translation>界面缩放(&amp;Z)</translation>
        </message>
        <message>
            <source>Prev&amp;ious activation</source>
            <translation>上一个激活函数(&amp;I)</translation>
        </message>
    </context>
    <context>
        <name>MetricsView</name>
        <message>
            <source>Loss: train %1, test %2</source>
            <translation>损失：训练 %1，测试 %2</translation>
        </message>
        <message>
            <source>Accuracy: train %1, test %2</source>
            <translation>准确率：训练 %1，测试 %2</translation>
        </message>
        <message>
            <source>Hidden units: %1 dead, %2 saturated of %3</source>
            <translation>隐藏单元：共 %3 个，其中 %1 个死亡，%2 个饱和</translation>
        </message>
        <message>
            <source>Confusion matrix (test set)</source>
            <translation>混淆矩阵（测试集）</translation>
        </message>
        <message>
            <source>Confusion matrix (training set)</source>
            <translation>混淆矩阵（训练集）</translation>
        </message>
        <message>
            <source>predicted →</source>
            <translation>预测 →</translation>
        </message>
        <message>
            <source>actual ↓</source>
            <translation>实际 ↓</translation>
        </message>
        <message numerus="yes">
            <source>Actual class %1, predicted %2: %n point(s) (%3 of the class)</source>
            <translation>
                <numerusform>实际类别 %1，预测为 %2：%n 个点（占该类的 %3）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NetworkDiagramView</name>
        <message>
            <source>Input</source>
            <translation>输入</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>输出</translation>
        </message>
        <message>
            <source>Hidden %1</source>
            <translation>隐藏层 %1</translation>
        </message>
        <message>
            <source>Hidden</source>
            <translation>隐藏层</translation>
        </message>
        <message>
            <source>%1, unit %2</source>
            <translation>%1，第 %2 个单元</translation>
        </message>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>另有 %n 个</numerusform>
            </translation>
        </message>
        <message>
            <source>Input %1</source>
            <translation>输入 %1</translation>
        </message>
        <message>
            <source>%1
bias = %2</source>
            <translation>%1
偏置 = %2</translation>
        </message>
        <message>
            <source>%1 → %2
weight = %3</source>
            <translation>%1 → %2
权重 = %3</translation>
        </message>
    </context>
    <context>
        <name>NeuronPanel</name>
        <message>
            <source>The point where f has input 0 moves to x = −b/w = %1; the curve is %2 times as steep as f.</source>
            <translation>f 的输入为 0 的那一点移到 x = −b/w = %1；曲线的陡度是 f 的 %2 倍。</translation>
        </message>
        <message>
            <source>One neuron with one input computes f(w·x + b). The weight w stretches the curve (and mirrors it when negative); the bias b shifts it, and with it the region where the neuron saturates or goes flat.</source>
            <translation>只有一个输入的神经元计算 f(w·x + b)。权重 w 拉伸曲线（为负时左右翻转）；偏置 b 平移曲线，神经元饱和或变平的区域也随之移动。</translation>
        </message>
        <message>
            <source>&amp;Weight w:</source>
            <translation>权重 w(&amp;W)：</translation>
        </message>
        <message>
            <source>&amp;Bias b:</source>
            <translation>偏置 b(&amp;B)：</translation>
        </message>
        <message>
            <source>Multiplies the input before the activation.</source>
            <translation>在激活函数之前与输入相乘。</translation>
        </message>
        <message>
            <source>Added to w·x before the activation.</source>
            <translation>在激活函数之前加到 w·x 上。</translation>
        </message>
        <message>
            <source>Reset to w = 1, b = 0</source>
            <translation>重置为 w = 1、b = 0</translation>
        </message>
        <message>
            <source>With w = 0 the neuron ignores its input: it outputs f(b) = %1 for every x, a flat line with slope 0.</source>
            <translation>w = 0 时神经元不理会输入：对任意 x 都输出 f(b) = %1，是一条斜率为 0 的水平线。</translation>
        </message>
        <message>
            <source>Solid: f(w·x + b). Dashed: its slope, w·f′(w·x + b).</source>
            <translation>实线：f(w·x + b)。虚线：它的斜率 w·f′(w·x + b)。</translation>
        </message>
    </context>
    <context>
        <name>ParameterEditor</name>
        <message>
            <source>None (∞)</source>
            <translation>无上限（∞）</translation>
        </message>
        <message>
            <source>on</source>
            <translation>开</translation>
        </message>
        <message>
            <source>off</source>
            <translation>关</translation>
        </message>
        <message>
            <source>Slider: %1 to %2; allowed: %3 to %4</source>
            <translation>滑块范围：%1 到 %2；允许范围：%3 到 %4</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <source>Reset to the default, %1 (as in keras.activations)</source>
            <translation>重置为默认值 %1（与 keras.activations 相同）</translation>
        </message>
        <message>
            <source>No limit: the value None in Keras, i.e. +∞</source>
            <translation>不设上限：即 Keras 中的 None，相当于 +∞</translation>
        </message>
        <message>
            <source>%1 %2</source>
            <comment>framework name, then its default value</comment>
            <translation>%1 %2</translation>
        </message>
        <message>
            <source>Use %1's default: %2</source>
            <translation>使用 %1 的默认值：%2</translation>
        </message>
    </context>
    <context>
        <name>ParameterPanel</name>
        <message>
            <source>change %1</source>
            <translation>修改 %1</translation>
        </message>
        <message>
            <source>reset parameters</source>
            <translation>重置参数</translation>
        </message>
        <message>
            <source>Reset all</source>
            <translation>全部重置</translation>
        </message>
        <message>
            <source>Reset every parameter to its default (Ctrl+Z undoes it)</source>
            <translation>将所有参数重置为默认值（Ctrl+Z 可撤销）</translation>
        </message>
        <message>
            <source>Choose an activation from the catalog.</source>
            <translation>请从目录中选择一个激活函数。</translation>
        </message>
        <message>
            <source>A formula has no parameters: edit the formula to change it.</source>
            <translation>公式没有参数：要修改它，请编辑公式。</translation>
        </message>
        <message>
            <source>This activation has no parameters.</source>
            <translation>此激活函数没有参数。</translation>
        </message>
    </context>
    <context>
        <name>PhaseDiagramView</name>
        <message>
            <source>weight variance σ_w²</source>
            <translation>权重方差 σ_w²</translation>
        </message>
        <message>
            <source>bias variance σ_b²</source>
            <translation>偏置方差 σ_b²</translation>
        </message>
        <message>
            <source>χ₁  (&lt; 1 ordered · &gt; 1 chaotic)</source>
            <translation>χ₁（&lt; 1 有序 · &gt; 1 混沌）</translation>
        </message>
        <message>
            <source>critical line χ₁ = 1</source>
            <translation>临界线 χ₁ = 1</translation>
        </message>
        <message>
            <source>critical line χ₁ = 1 of %1</source>
            <translation>%1 的临界线 χ₁ = 1</translation>
        </message>
    </context>
    <context>
        <name>PinBoard</name>
        <message>
            <source>pin</source>
            <translation>固定曲线</translation>
        </message>
        <message>
            <source>unpin</source>
            <translation>取消固定</translation>
        </message>
        <message>
            <source>move pin</source>
            <translation>移动固定曲线</translation>
        </message>
        <message>
            <source>show pin</source>
            <translation>显示固定曲线</translation>
        </message>
        <message>
            <source>hide pin</source>
            <translation>隐藏固定曲线</translation>
        </message>
        <message>
            <source>rename pin</source>
            <translation>重命名固定曲线</translation>
        </message>
        <message>
            <source>clear pins</source>
            <translation>清除固定曲线</translation>
        </message>
        <message numerus="yes">
            <source>pin %n activation(s)</source>
            <translation>
                <numerusform>固定 %n 个激活函数</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PlaygroundControls</name>
        <message>
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
        <message>
            <source>Play</source>
            <translation>开始</translation>
        </message>
        <message>
            <source>Epoch %1 · %2 epochs/s</source>
            <translation>第 %1 轮 · 每秒 %2 轮</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>单步</translation>
        </message>
        <message>
            <source>Train one epoch</source>
            <translation>训练一轮</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <source>Start again from the initial weights</source>
            <translation>从初始权重重新开始</translation>
        </message>
        <message>
            <source>Start or pause training (Space)</source>
            <translation>开始或暂停训练（空格键）</translation>
        </message>
        <message>
            <source>&amp;Epochs per frame:</source>
            <translation>每帧轮数(&amp;E)：</translation>
        </message>
        <message>
            <source>How many epochs are trained between two displayed frames</source>
            <translation>两次画面刷新之间训练多少轮</translation>
        </message>
        <message>
            <source>S&amp;top at:</source>
            <translation>停止条件(&amp;T)：</translation>
        </message>
        <message>
            <source>no epoch limit</source>
            <translation>不限轮数</translation>
        </message>
        <message>
            <source> epochs</source>
            <translation> 轮</translation>
        </message>
        <message>
            <source>no target loss</source>
            <translation>无目标损失</translation>
        </message>
        <message>
            <source>loss ≤ </source>
            <translation>损失 ≤ </translation>
        </message>
        <message>
            <source>full speed</source>
            <translation>全速</translation>
        </message>
        <message>
            <source>%1 epochs/s</source>
            <translation>每秒 %1 轮</translation>
        </message>
        <message>
            <source>Slow</source>
            <translation>慢速</translation>
        </message>
        <message>
            <source>Slow motion: %1 epochs a second, every network together (both in a race), so that each change can be followed and explained</source>
            <translation>慢动作：每秒 %1 轮，所有网络同步训练（竞赛中两个网络一起），每一步变化都能看清、讲清</translation>
        </message>
        <message>
            <source>Epoch A %1 · B %2</source>
            <translation>轮次 A %1 · B %2</translation>
        </message>
    </context>
    <context>
        <name>PlaygroundPage</name>
        <message>
            <source>These data settings are not valid.</source>
            <translation>这些数据设置无效。</translation>
        </message>
        <message>
            <source>%1 diverged at epoch %2 (loss is not finite).</source>
            <translation>%1 在第 %2 轮发散（损失不是有限数）。</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>训练</translation>
        </message>
        <message>
            <source>Reached loss %1 at epoch %2.</source>
            <translation>在第 %2 轮达到损失 %1。</translation>
        </message>
        <message>
            <source>Set a target loss to time the race.</source>
            <translation>设置目标损失即可为竞赛计时。</translation>
        </message>
        <message>
            <source>%1: %2 epochs</source>
            <translation>%1：%2 轮</translation>
        </message>
        <message>
            <source>%1: not yet</source>
            <translation>%1：尚未达到</translation>
        </message>
        <message>
            <source>Epochs to loss %1 — %2</source>
            <translation>达到损失 %1 所需轮数 — %2</translation>
        </message>
        <message numerus="yes">
            <source>%1 (%n points)</source>
            <translation>
                <numerusform>%1（%n 个点）</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot write %1.</source>
            <translation>无法写入 %1。</translation>
        </message>
        <message>
            <source>Cannot write %1: %2</source>
            <translation>无法写入 %1：%2</translation>
        </message>
        <message>
            <source>Load CSV data</source>
            <translation>载入 CSV 数据</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG 图像 (*.png)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>&amp;Discretise</source>
            <translation>离散显示(&amp;D)</translation>
        </message>
        <message>
            <source>Show only the predicted class, without confidence shading</source>
            <translation>只显示预测的类别，不按置信度深浅着色</translation>
        </message>
        <message>
            <source>Show &amp;test points</source>
            <translation>显示测试点(&amp;T)</translation>
        </message>
        <message>
            <source>Training points are filled discs, test points are rings</source>
            <translation>训练点为实心圆，测试点为圆环</translation>
        </message>
        <message>
            <source>Hidden units (hover to enlarge)</source>
            <translation>隐藏单元（鼠标悬停可放大）</translation>
        </message>
        <message>
            <source>Open lab…</source>
            <translation>打开实验…</translation>
        </message>
        <message>
            <source>Save lab…</source>
            <translation>保存实验…</translation>
        </message>
        <message>
            <source>Decision map as PNG…</source>
            <translation>决策图导出为 PNG…</translation>
        </message>
        <message>
            <source>Loss curves as PNG…</source>
            <translation>损失曲线导出为 PNG…</translation>
        </message>
        <message>
            <source>History as CSV…</source>
            <translation>训练历史导出为 CSV…</translation>
        </message>
        <message>
            <source>SGD</source>
            <translation>SGD</translation>
        </message>
        <message>
            <source>SGD with momentum</source>
            <translation>带动量的 SGD</translation>
        </message>
        <message>
            <source>Adam</source>
            <translation>Adam</translation>
        </message>
        <message>
            <source>learning rate %1</source>
            <translation>学习率 %1</translation>
        </message>
        <message>
            <source>L2 %1</source>
            <translation>L2 %1</translation>
        </message>
        <message>
            <source>batch %1</source>
            <translation>批大小 %1</translation>
        </message>
        <message>
            <source>&amp;Details of:</source>
            <translation>详情(&amp;D)：</translation>
        </message>
        <message>
            <source>Which run the unit maps, network, metrics and epoch counter show</source>
            <translation>选择隐藏单元图、网络图、指标和轮数计数器显示哪一个训练</translation>
        </message>
    </context>
    <context>
        <name>PlaygroundSession</name>
        <message>
            <source>There is no data.</source>
            <translation>没有数据。</translation>
        </message>
        <message>
            <source>Binary classification</source>
            <translation>二分类</translation>
        </message>
        <message>
            <source>Classification into %1 classes</source>
            <translation>%1 类分类</translation>
        </message>
        <message>
            <source>Regression</source>
            <translation>回归</translation>
        </message>
        <message>
            <source>sigmoid output, binary cross-entropy</source>
            <translation>sigmoid 输出，二元交叉熵</translation>
        </message>
        <message>
            <source>softmax output, categorical cross-entropy</source>
            <translation>softmax 输出，分类交叉熵</translation>
        </message>
        <message>
            <source>linear output, mean squared error</source>
            <translation>线性输出，均方误差</translation>
        </message>
        <message>
            <source>%1 · %2 · %3 training and %4 test points</source>
            <translation>%1 · %2 · %3 个训练点，%4 个测试点</translation>
        </message>
    </context>
    <context>
        <name>PlaygroundSetupPanel</name>
        <message>
            <source>Data</source>
            <translation>数据</translation>
        </message>
        <message>
            <source>&amp;Dataset:</source>
            <translation>数据集(&amp;D)：</translation>
        </message>
        <message>
            <source>&amp;Samples:</source>
            <translation>样本数(&amp;S)：</translation>
        </message>
        <message>
            <source>&amp;Noise:</source>
            <translation>噪声(&amp;N)：</translation>
        </message>
        <message>
            <source>&amp;Classes:</source>
            <translation>类别数(&amp;C)：</translation>
        </message>
        <message>
            <source>&amp;Test share:</source>
            <translation>测试集比例(&amp;T)：</translation>
        </message>
        <message>
            <source>Data s&amp;eed:</source>
            <translation>数据种子(&amp;E)：</translation>
        </message>
        <message>
            <source>&amp;Regenerate</source>
            <translation>重新生成(&amp;R)</translation>
        </message>
        <message>
            <source>Load &amp;CSV…</source>
            <translation>载入 CSV(&amp;C)…</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>网络</translation>
        </message>
        <message>
            <source>Inputs:</source>
            <translation>输入特征：</translation>
        </message>
        <message>
            <source>&amp;Hidden units:</source>
            <translation>隐藏单元数(&amp;H)：</translation>
        </message>
        <message>
            <source>Second &amp;layer:</source>
            <translation>第二隐藏层(&amp;L)：</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>&amp;Activation:</source>
            <translation>激活函数(&amp;A)：</translation>
        </message>
        <message>
            <source>f(x)…</source>
            <translation>f(x)…</translation>
        </message>
        <message>
            <source>Type your own activation formula</source>
            <translation>输入你自己的激活函数公式</translation>
        </message>
        <message>
            <source>Task:</source>
            <translation>任务：</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>训练</translation>
        </message>
        <message>
            <source>&amp;Optimizer:</source>
            <translation>优化器(&amp;O)：</translation>
        </message>
        <message>
            <source>Learning &amp;rate:</source>
            <translation>学习率(&amp;R)：</translation>
        </message>
        <message>
            <source>&amp;Batch size:</source>
            <translation>批大小(&amp;B)：</translation>
        </message>
        <message>
            <source>L&amp;2:</source>
            <translation>L2 正则(&amp;2)：</translation>
        </message>
        <message>
            <source>&amp;Initializer:</source>
            <translation>初始化方法(&amp;I)：</translation>
        </message>
        <message>
            <source>&amp;Weight seed:</source>
            <translation>权重种子(&amp;W)：</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>CSV 文件</translation>
        </message>
        <message>
            <source>SGD</source>
            <translation>SGD</translation>
        </message>
        <message>
            <source>SGD with momentum</source>
            <translation>带动量的 SGD</translation>
        </message>
        <message>
            <source>Adam</source>
            <translation>Adam</translation>
        </message>
        <message>
            <source>No limit (+∞)</source>
            <translation>不设上限（+∞）</translation>
        </message>
    </context>
    <context>
        <name>PlotView</name>
        <message>
            <source>%1 — derivative f′</source>
            <translation>%1 — 导数 f′</translation>
        </message>
        <message>
            <source>%1 — second derivative f″</source>
            <translation>%1 — 二阶导数 f″</translation>
        </message>
        <message>
            <source>input x</source>
            <translation>输入 x</translation>
        </message>
        <message>
            <source>output f(x) and derivatives</source>
            <translation>输出 f(x) 及其导数</translation>
        </message>
        <message>
            <source>output f(x)</source>
            <translation>输出 f(x)</translation>
        </message>
    </context>
    <context>
        <name>PresentationMode</name>
        <message>
            <source>&amp;Presentation mode</source>
            <translation>演示模式(&amp;P)</translation>
        </message>
        <message>
            <source>Full screen with large text and thick lines, for a projector (F5; Esc leaves)</source>
            <translation>全屏显示，文字更大、线条更粗，适合投影（F5；Esc 退出）</translation>
        </message>
        <message>
            <source>Pro&amp;jector scale</source>
            <translation>投影放大倍数(&amp;J)</translation>
        </message>
        <message>
            <source>Text and lines %1× as large</source>
            <translation>文字和线条放大到 %1 倍</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>文件夹</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <comment>All other platforms</comment>
            <translation>快捷方式</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>%1 File</source>
            <comment>%1 is a file name suffix, for example txt</comment>
            <translation>%1 文件</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>驱动器</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
    </context>
    <context>
        <name>RaceRivalEditor</name>
        <message>
            <source>The rival's own parameter values, in this order, separated by commas: %1. Empty: the defaults.</source>
            <translation>对手激活函数自己的参数值，按此顺序用逗号分隔：%1。留空则使用默认值。</translation>
        </message>
        <message>
            <source>&amp;Race a rival</source>
            <translation>对手竞赛(&amp;R)</translation>
        </message>
        <message>
            <source>Train a second network that differs in one setting, on the same data and from the same initial weights</source>
            <translation>再训练一个只在一项设置上不同的网络，使用相同的数据和相同的初始权重</translation>
        </message>
        <message>
            <source>that differs in</source>
            <translation>不同之处：</translation>
        </message>
        <message>
            <source>activation</source>
            <translation>激活函数</translation>
        </message>
        <message>
            <source>optimiser</source>
            <translation>优化器</translation>
        </message>
        <message>
            <source>learning rate</source>
            <translation>学习率</translation>
        </message>
        <message>
            <source>L2</source>
            <translation>L2</translation>
        </message>
        <message>
            <source>batch size</source>
            <translation>批大小</translation>
        </message>
        <message>
            <source>SGD</source>
            <translation>SGD</translation>
        </message>
        <message>
            <source>SGD with momentum</source>
            <translation>带动量的 SGD</translation>
        </message>
        <message>
            <source>Adam</source>
            <translation>Adam</translation>
        </message>
        <message>
            <source>The rival's learning rate</source>
            <translation>对手的学习率</translation>
        </message>
        <message>
            <source>The rival's L2 weight decay</source>
            <translation>对手的 L2 权重衰减</translation>
        </message>
        <message>
            <source>The rival's batch size</source>
            <translation>对手的批大小</translation>
        </message>
        <message>
            <source>The rival's activation (the set-up panel's list, with your formulas)</source>
            <translation>对手的激活函数（与设置面板的列表相同，含你的公式）</translation>
        </message>
    </context>
    <context>
        <name>RelationsPanel</name>
        <message>
            <source>Largest difference on [%1, %2]: %3 at x = %4</source>
            <translation>[%1, %2] 上的最大差值：%3，位于 x = %4</translation>
        </message>
        <message>
            <source>Exact: both sides are the same function, and what difference remains is rounding in double precision.</source>
            <translation>精确恒等式：两边是同一个函数，剩下的差值只是双精度浮点运算的舍入误差。</translation>
        </message>
        <message>
            <source>Approximate: the gap between the curves is real, not rounding.</source>
            <translation>近似关系：两条曲线之间的差距真实存在，并非舍入误差。</translation>
        </message>
        <message>
            <source>Pin %1 to the explorer's plot, with the parameters this relation needs (one undo step)</source>
            <translation>把 %1 作为固定曲线加入“函数浏览”页的图中，参数取这一关系所需的值（一步即可撤销）</translation>
        </message>
        <message>
            <source>Relations every student should know. Pick one: its two sides are drawn as two curves, the second dashed, so where they agree you see a single line.</source>
            <translation>每位学习者都应掌握的激活函数恒等式。选中一条：等式两边各画成一条曲线，第二条为虚线，两者重合之处只能看到一条线。</translation>
        </message>
        <message>
            <source>Pick a relation to draw its two sides</source>
            <translation>选择一条恒等式，画出它的两边</translation>
        </message>
        <message>
            <source>input x</source>
            <translation>输入 x</translation>
        </message>
        <message>
            <source>value of each side</source>
            <translation>两边的取值</translation>
        </message>
        <message>
            <source>Drag to pan, wheel to zoom: the largest difference follows the visible range, and the dotted line marks where it is</source>
            <translation>拖动可平移，滚轮可缩放：最大差值随可见范围更新，点线标出它所在的位置</translation>
        </message>
        <message>
            <source>Open as &amp;pins</source>
            <translation>作为固定曲线打开(&amp;P)</translation>
        </message>
    </context>
    <context>
        <name>SelectionGuide</name>
        <message>
            <source>A first choice for hidden layers</source>
            <translation>隐藏层的首选</translation>
        </message>
        <message>
            <source>ReLU; Leaky ReLU when many units stop learning.</source>
            <translation>ReLU；若大量单元停止学习，改用 Leaky ReLU。</translation>
        </message>
        <message>
            <source>the default</source>
            <translation>默认选择</translation>
        </message>
        <message>
            <source>when many units die</source>
            <translation>大量单元死亡时</translation>
        </message>
        <message>
            <source>ReLU costs a single comparison, and for positive inputs its slope is exactly 1, so the gradient passes back through many layers without shrinking. Start with it, together with He initialisation, and switch only when a measurement gives you a reason.</source>
            <translation>ReLU 只需一次比较运算，而且在正输入上斜率恰好为 1，梯度反向穿过许多层也不会衰减。先用它并配合 He 初始化，只有实测结果给出理由时再更换。</translation>
        </message>
        <message>
            <source>Dying units: a unit whose input is negative for every example outputs 0, receives no gradient and never recovers. A learning rate that is too high makes this common; Leaky ReLU keeps a small slope on the left.</source>
            <translation>单元死亡：如果某个单元对所有样本的输入都是负数，它就只输出 0、得不到梯度，再也无法恢复。学习率过大时这种情况很常见；Leaky ReLU 在左侧保留了一个小斜率。</translation>
        </message>
        <message>
            <source>Its outputs are never negative, so they are not centred on zero; normalisation layers make up for this.</source>
            <translation>它的输出从不为负，因此不以零为中心；归一化层可以弥补这一点。</translation>
        </message>
        <message>
            <source>Glorot initialisation was designed for tanh: with ReLU the signal loses about half its variance at every layer. Use He initialisation.</source>
            <translation>Glorot 初始化是为 tanh 设计的：配合 ReLU 时，信号每经过一层方差大约减半。请改用 He 初始化。</translation>
        </message>
        <message>
            <source>Very deep networks</source>
            <translation>很深的网络</translation>
        </message>
        <message>
            <source>Leaky ReLU or PReLU, with He initialisation, normalisation and residual connections.</source>
            <translation>Leaky ReLU 或 PReLU，配合 He 初始化、归一化和残差连接。</translation>
        </message>
        <message>
            <source>a fixed small slope for negative inputs</source>
            <translation>负输入上有固定的小斜率</translation>
        </message>
        <message>
            <source>the negative slope is learnt</source>
            <translation>负半轴的斜率由训练学出</translation>
        </message>
        <message>
            <source>Through a deep stack the gradient is a product of one derivative per layer. Saturating curves such as sigmoid and tanh have derivatives well below 1 for most inputs, so the product fades away; a slope of 1 on the positive side keeps it alive, and a small slope on the negative side keeps units from dying for good.</source>
            <translation>在很深的网络中，梯度是每层一个导数连乘的结果。sigmoid、tanh 这类饱和曲线在大多数输入上的导数都远小于 1，连乘之后梯度逐渐消失；正半轴斜率为 1 能让梯度保持下去，负半轴的小斜率则让单元不会永久死亡。</translation>
        </message>
        <message>
            <source>The activation alone does not make a deep network trainable: initialisation, normalisation (batch or layer norm) and residual connections matter at least as much.</source>
            <translation>单靠激活函数并不能让深层网络训练起来：初始化、归一化（批归一化或层归一化）和残差连接至少同样重要。</translation>
        </message>
        <message>
            <source>The default slope differs: 0.01 in PyTorch and JAX, 0.2 in keras.activations.leaky_relu and 0.3 in the Keras LeakyReLU layer.</source>
            <translation>默认斜率各不相同：PyTorch 和 JAX 为 0.01，keras.activations.leaky_relu 为 0.2，Keras 的 LeakyReLU 层为 0.3。</translation>
        </message>
        <message>
            <source>PReLU's slope is a weight: L2 regularisation pulls it towards 0, back to a plain ReLU, so leave it out of weight decay.</source>
            <translation>PReLU 的斜率本身是一个权重：L2 正则化会把它拉向 0，使它退化为普通 ReLU，因此不要对它施加权重衰减。</translation>
        </message>
        <message>
            <source>Compare the derivatives: sigmoid's never exceeds 0.25 and tanh's drops quickly away from 0, while ReLU and Leaky ReLU stay at 1 for positive inputs; Leaky ReLU also keeps a small slope on the left.</source>
            <translation>比较导数：sigmoid 的导数从不超过 0.25，tanh 的导数离开 0 后迅速下降，而 ReLU 和 Leaky ReLU 在正输入上始终为 1；Leaky ReLU 在左侧还保留了一个小斜率。</translation>
        </message>
        <message>
            <source>Self-normalising networks</source>
            <translation>自归一化网络</translation>
        </message>
        <message>
            <source>SELU with LeCun normal initialisation and AlphaDropout, in a plain stack of dense layers.</source>
            <translation>SELU 配合 LeCun 正态初始化和 AlphaDropout，用于由全连接层简单堆叠而成的网络。</translation>
        </message>
        <message>
            <source>every hidden layer</source>
            <translation>所有隐藏层</translation>
        </message>
        <message>
            <source>SELU's two constants are chosen so that, with LeCun normal weights and standardised inputs, every layer pulls the mean of its outputs towards 0 and their variance towards 1. The signal stays normalised on its own, without batch normalisation, which lets deep fully connected networks train, for example on tabular data.</source>
            <translation>SELU 的两个常数经过专门选取：在 LeCun 正态权重和标准化输入下，每一层都会把输出的均值拉向 0、方差拉向 1。信号无需批归一化就能自行保持归一化，深层全连接网络因此也能顺利训练，例如用于表格数据。</translation>
        </message>
        <message>
            <source>The promise holds only when every condition is met: standardised inputs, LeCun normal weights (in PyTorch, Kaiming normal with nonlinearity='linear'), and no batch normalisation or residual shortcuts in between.</source>
            <translation>只有满足全部条件时这一性质才成立：输入已标准化，权重采用 LeCun 正态初始化（在 PyTorch 中用 Kaiming 正态并设 nonlinearity='linear'），并且层间没有批归一化或残差捷径。</translation>
        </message>
        <message>
            <source>Ordinary Dropout sets outputs to 0 and upsets the mean and the variance; AlphaDropout sets them to SELU's negative saturation value and rescales, so use it instead.</source>
            <translation>普通 Dropout 把输出置为 0，会破坏均值和方差；AlphaDropout 把它们置为 SELU 的负饱和值并重新缩放，应改用它。</translation>
        </message>
        <message>
            <source>SELU has a corner at 0: its slope jumps from λα ≈ 1.76 on the left to λ ≈ 1.05 on the right.</source>
            <translation>SELU 在 0 处有折角：斜率从左侧的 λα ≈ 1.76 跳到右侧的 λ ≈ 1.05。</translation>
        </message>
        <message>
            <source>Transformers</source>
            <translation>Transformer 模型</translation>
        </message>
        <message>
            <source>GELU in the feed-forward blocks; SiLU (Swish) in many newer models.</source>
            <translation>前馈模块中用 GELU；许多较新的模型改用 SiLU（Swish）。</translation>
        </message>
        <message>
            <source>BERT, GPT-2, ViT and their descendants</source>
            <translation>BERT、GPT-2、ViT 及其后继模型</translation>
        </message>
        <message>
            <source>the gate of SwiGLU blocks</source>
            <translation>SwiGLU 模块中的门</translation>
        </message>
        <message>
            <source>GELU weights its input by the probability that a standard normal variable falls below it: a smooth version of ReLU's on/off switch, with a gradient everywhere and a small dip below zero. At Transformer scale it trains a little better than ReLU, and SiLU, x·σ(x), behaves almost the same; it is the gate in the SwiGLU blocks of many recent language models.</source>
            <translation>GELU 用“标准正态变量小于输入值的概率”给输入加权，相当于把 ReLU 的通断开关变得平滑：处处有梯度，并在零以下有一个小凹陷。在 Transformer 的规模上它比 ReLU 训练效果略好；SiLU 即 x·σ(x)，表现几乎相同，它也是许多近期语言模型中 SwiGLU 模块里的门。</translation>
        </message>
        <message>
            <source>Exact or approximate: PyTorch and keras.activations.gelu use the exact erf form by default, JAX and keras.ops.gelu the tanh approximation. Run trained weights with the variant they were trained with.</source>
            <translation>精确还是近似：PyTorch 和 keras.activations.gelu 默认使用精确的 erf 形式，JAX 和 keras.ops.gelu 默认使用 tanh 近似。运行训练好的权重时，要用训练时的那个版本。</translation>
        </message>
        <message>
            <source>Both cost more than ReLU (an erf or an exponential per value), which counts on small devices.</source>
            <translation>两者的计算量都比 ReLU 大（每个值要算一次 erf 或指数），在小型设备上这一点不可忽视。</translation>
        </message>
        <message>
            <source>Neither is monotone: for negative inputs the curve dips below zero, down to about −0.17 for GELU and −0.28 for SiLU.</source>
            <translation>两者都不单调：负输入处曲线会低于零，GELU 最低约为 −0.17，SiLU 约为 −0.28。</translation>
        </message>
        <message>
            <source>Compare the derivatives: ReLU's jumps from 0 to 1, while GELU's and SiLU's change smoothly, rise slightly above 1 and turn a little negative on the left.</source>
            <translation>比较导数：ReLU 的导数从 0 突跳到 1，而 GELU 和 SiLU 的导数平滑变化，会略微超过 1，在左侧还会略为负值。</translation>
        </message>
        <message>
            <source>Recurrent networks: state and gates</source>
            <translation>循环网络：状态与门</translation>
        </message>
        <message>
            <source>tanh for the state and the candidate values, sigmoid for the gates (LSTM, GRU).</source>
            <translation>状态和候选值用 tanh，门用 sigmoid（LSTM、GRU）。</translation>
        </message>
        <message>
            <source>the state and the candidate values</source>
            <translation>状态和候选值</translation>
        </message>
        <message>
            <source>the input, forget and output gates</source>
            <translation>输入门、遗忘门和输出门</translation>
        </message>
        <message>
            <source>The same weights act at every time step, so an unbounded activation can let the state grow without limit; tanh keeps it inside (−1, 1) and centred on zero. A gate decides which fraction of a value gets through, a number between 0 and 1, and that is exactly the range of sigmoid.</source>
            <translation>每个时间步都使用同一组权重，无界的激活函数可能让状态无限增长；tanh 把它限制在 (−1, 1) 内，并以零为中心。门决定一个值能通过多大比例，也就是 0 到 1 之间的数，这正是 sigmoid 的值域。</translation>
        </message>
        <message>
            <source>Replacing tanh with ReLU in the state often makes the values explode over long sequences.</source>
            <translation>把状态中的 tanh 换成 ReLU，在长序列上常常会使数值爆炸。</translation>
        </message>
        <message>
            <source>Keras runs LSTM and GRU layers on the fast cuDNN kernel only with the default activations (tanh and sigmoid); other choices fall back to a much slower implementation.</source>
            <translation>Keras 只有在使用默认激活函数（tanh 和 sigmoid）时才会用快速的 cuDNN 内核运行 LSTM 和 GRU 层；换成其他函数会退回到慢得多的实现。</translation>
        </message>
        <message>
            <source>Gates ease vanishing gradients through time but do not stop exploding ones: clip the gradient norm.</source>
            <translation>门能缓解沿时间方向的梯度消失，却挡不住梯度爆炸：请对梯度范数进行裁剪。</translation>
        </message>
        <message>
            <source>Compare the derivatives: tanh's peak is 1, sigmoid's only 0.25, and both fall towards 0 far from the origin, where the state or the gate saturates.</source>
            <translation>比较导数：tanh 导数的峰值为 1，sigmoid 只有 0.25；远离原点时两者都趋于 0，此时状态或门处于饱和。</translation>
        </message>
        <message>
            <source>Small devices and mobile networks</source>
            <translation>小型设备与移动端网络</translation>
        </message>
        <message>
            <source>Hard swish instead of SiLU, hard sigmoid instead of sigmoid; ReLU6 for quantised networks.</source>
            <translation>用 hard swish（硬 SiLU）代替 SiLU，用硬 Sigmoid 代替 sigmoid；量化网络用 ReLU6。</translation>
        </message>
        <message>
            <source>instead of SiLU (Swish)</source>
            <translation>代替 SiLU（Swish）</translation>
        </message>
        <message>
            <source>instead of sigmoid, e.g. in squeeze-and-excitation gates</source>
            <translation>代替 sigmoid，例如用在挤压-激励（SE）模块的门中</translation>
        </message>
        <message>
            <source>a capped ReLU that quantises well</source>
            <translation>有上限的 ReLU，便于量化</translation>
        </message>
        <message>
            <source>The hard variants replace the exponential with a clamp, an addition and a multiplication, and they keep working in low-precision integer arithmetic. MobileNetV3 introduced hard swish as a close, cheap copy of SiLU for phones, and hard sigmoid plays the same part for gates.</source>
            <translation>“硬”版本用一次截断、一次加法和一次乘法代替指数运算，在低精度整数运算中也能正常工作。MobileNetV3 提出 hard swish，作为 SiLU 在手机上廉价而相近的替身；硬 Sigmoid 则在门中扮演同样的角色。</translation>
        </message>
        <message>
            <source>They have corners at −3 and 3, where the derivative jumps: harmless for training, but visible in the gradient.</source>
            <translation>它们在 −3 和 3 处有折角，导数在那里跳变：对训练无害，但在梯度上看得出来。</translation>
        </message>
        <message>
            <source>Keras 2 defined hard sigmoid as 0.2x + 0.5 (flat beyond ±2.5); today's frameworks use x/6 + 1/2 (flat beyond ±3), so a model ported from old code gives different outputs.</source>
            <translation>Keras 2 把硬 Sigmoid 定义为 0.2x + 0.5（超出 ±2.5 后恒定），如今的框架使用 x/6 + 1/2（超出 ±3 后恒定），因此从旧代码移植的模型会给出不同的输出。</translation>
        </message>
        <message>
            <source>On a desktop GPU the saving is negligible: measure before trading accuracy for speed.</source>
            <translation>在桌面 GPU 上节省的时间微不足道：先实测，再决定是否用精度换速度。</translation>
        </message>
        <message>
            <source>Compare each curve with its hard version: the derivative of hard swish is a straight ramp between two flat pieces, that of hard sigmoid a flat 1/6 between −3 and 3, both close to the originals where it matters.</source>
            <translation>把每条曲线与它的“硬”版本对比：hard swish 的导数是夹在两段水平线之间的一段直线斜坡，硬 Sigmoid 的导数在 −3 到 3 之间恒为 1/6，在关键区域都与原函数相近。</translation>
        </message>
        <message>
            <source>Binary classification</source>
            <translation>二分类</translation>
        </message>
        <message>
            <source>One output unit with sigmoid, read as the probability of the positive class.</source>
            <translation>一个使用 sigmoid 的输出单元，其输出解读为正类的概率。</translation>
        </message>
        <message>
            <source>one output unit</source>
            <translation>一个输出单元</translation>
        </message>
        <message>
            <source>Sigmoid maps any score to (0, 1), so the output reads as a probability, and with binary cross-entropy the gradient with respect to the score is simply prediction minus label. That gradient stays large when the model is confidently wrong, which is why the pair learns well.</source>
            <translation>sigmoid 把任意分数映射到 (0, 1)，输出可以当作概率来读；配合二元交叉熵时，损失对分数的梯度恰好是“预测值减标签”。模型自信地犯错时这个梯度依然很大，所以这一组合学得好。</translation>
        </message>
        <message>
            <source>Give the loss the raw score and let it apply the sigmoid itself (BCEWithLogitsLoss, from_logits=True): it is numerically stable, and applying the sigmoid twice is a common silent bug.</source>
            <translation>把未经激活的原始分数交给损失函数，让它自己计算 sigmoid（BCEWithLogitsLoss、from_logits=True）：这样数值更稳定；而重复施加两次 sigmoid 是一种常见又不报错的隐蔽错误。</translation>
        </message>
        <message>
            <source>A threshold of 0.5 is not always right: with imbalanced classes, choose it on validation data.</source>
            <translation>阈值 0.5 并不总是合适：类别不平衡时，应在验证集上选定阈值。</translation>
        </message>
        <message>
            <source>Softmax over a single unit always outputs 1: use one sigmoid unit, or softmax over two units.</source>
            <translation>只对一个单元做 Softmax，输出永远是 1：要么用一个 sigmoid 单元，要么对两个单元做 Softmax。</translation>
        </message>
        <message>
            <source>Multi-class classification</source>
            <translation>多分类</translation>
        </message>
        <message>
            <source>Exactly one class per example: softmax over one unit per class, with categorical cross-entropy.</source>
            <translation>每个样本恰好属于一个类别：每类一个输出单元，整体做 softmax，并使用分类交叉熵。</translation>
        </message>
        <message>
            <source>one output unit per class</source>
            <translation>每个类别一个输出单元</translation>
        </message>
        <message>
            <source>PyTorch's CrossEntropyLoss expects raw scores and applies log-softmax itself: a Softmax layer in front of it trains poorly without any error. In Keras, use from_logits=True or a softmax output, never both.</source>
            <translation>PyTorch 的 CrossEntropyLoss 期望输入原始分数，内部会自己做 log-softmax：在它前面再加一个 Softmax 层，训练效果会变差，却不会有任何报错。在 Keras 中，要么设 from_logits=True，要么让输出层用 softmax，不要两者同时使用。</translation>
        </message>
        <message>
            <source>Computing the exponentials directly overflows for large scores; the frameworks subtract the largest score first, and your own code should too.</source>
            <translation>直接计算指数在分数很大时会溢出；各框架都会先减去最大的分数，自己写代码时也应如此。</translation>
        </message>
        <message>
            <source>Softmax assumes exactly one correct class; when an example can have several labels, see multi-label classification.</source>
            <translation>Softmax 假定恰好有一个正确类别；如果一个样本可以有多个标签，请参见“多标签分类”。</translation>
        </message>
        <message>
            <source>Multi-label classification</source>
            <translation>多标签分类</translation>
        </message>
        <message>
            <source>Several labels per example: a sigmoid on every output unit, each label decided on its own.</source>
            <translation>每个样本可有多个标签：每个输出单元各用一个 sigmoid，各标签独立判断。</translation>
        </message>
        <message>
            <source>one per label, independently</source>
            <translation>每个标签一个，相互独立</translation>
        </message>
        <message>
            <source>Each label is a separate yes-or-no question, so each output unit gets its own sigmoid and its own binary cross-entropy. Softmax would make the labels share a total of 1: a photo of a cat and a dog could then not be confidently both.</source>
            <translation>每个标签都是一道独立的是非题，所以每个输出单元都有自己的 sigmoid 和自己的二元交叉熵。Softmax 会让各标签共享总和 1：一张同时有猫和狗的照片，就无法对两者都给出高概率。</translation>
        </message>
        <message>
            <source>Neither softmax nor categorical cross-entropy belongs here: the loss is binary cross-entropy averaged over the labels.</source>
            <translation>这里既不该用 softmax，也不该用分类交叉熵：损失应是各标签二元交叉熵的平均。</translation>
        </message>
        <message>
            <source>Rare labels have few positive examples: weight them in the loss (pos_weight) or tune a threshold per label.</source>
            <translation>罕见标签的正样本很少：可以在损失中为它们加权（pos_weight），或为每个标签单独调整阈值。</translation>
        </message>
        <message>
            <source>As for a single label, hand the loss the raw scores, for numerical stability.</source>
            <translation>与单标签时一样，把原始分数交给损失函数，以保证数值稳定。</translation>
        </message>
        <message>
            <source>Regression</source>
            <translation>回归</translation>
        </message>
        <message>
            <source>Any real value: no activation, that is, a linear (identity) output.</source>
            <translation>任意实数值：不用激活函数，即线性（恒等）输出。</translation>
        </message>
        <message>
            <source>the output unit</source>
            <translation>输出单元</translation>
        </message>
        <message>
            <source>The target can be any real number, so the output must be able to reach any real number, and the identity passes the last weighted sum through unchanged. With mean squared error its gradient is just the error; the hidden layers provide all the non-linearity.</source>
            <translation>目标可以是任意实数，输出也就必须能取到任意实数，恒等函数让最后的加权和原样通过。配合均方误差时，梯度就是误差本身；非线性全部由隐藏层提供。</translation>
        </message>
        <message>
            <source>Standardise large targets (subtract the mean, divide by the standard deviation); otherwise the first updates are huge.</source>
            <translation>目标值很大时要先标准化（减去均值、除以标准差），否则最初几步更新会非常大。</translation>
        </message>
        <message>
            <source>A ReLU on the output can never predict a negative value, and it stops learning from every example it pushes below 0.</source>
            <translation>输出层用 ReLU 就永远预测不出负值，而且被它压到 0 以下的样本再也不会带来学习信号。</translation>
        </message>
        <message>
            <source>Mean squared error punishes outliers hard; the Huber loss is gentler.</source>
            <translation>均方误差对离群点惩罚很重；Huber 损失更温和。</translation>
        </message>
        <message>
            <source>A race on the sine curve, with a linear output in both networks: tanh against ReLU in the hidden layer. ReLU builds the fit from straight pieces with corners, tanh from smooth bends.</source>
            <translation>在正弦曲线上竞赛，两个网络的输出都是线性的：隐藏层分别用 tanh 和 ReLU。ReLU 用带折角的直线段拼出拟合曲线，tanh 则用平滑的弯曲。</translation>
        </message>
        <message>
            <source>Positive regression</source>
            <translation>正值回归</translation>
        </message>
        <message>
            <source>Values above zero: softplus; the exponential for counts and values spanning several orders of magnitude; ReLU only with care.</source>
            <translation>大于零的值：用 softplus；计数或跨越多个数量级的值用指数函数；ReLU 要谨慎使用。</translation>
        </message>
        <message>
            <source>smooth, never exactly 0</source>
            <translation>光滑，永远不会恰好为 0</translation>
        </message>
        <message>
            <source>only when exact zeros are meaningful</source>
            <translation>仅当恰好为 0 的输出有意义时</translation>
        </message>
        <message>
            <source>Softplus is a smooth ReLU: always positive, close to the identity for large scores and with a gradient everywhere, so no prediction gets stuck. The exponential suits targets whose errors are relative rather than absolute, such as counts or prices, and pairs naturally with a Poisson loss.</source>
            <translation>softplus 是平滑的 ReLU：始终为正，分数大时接近恒等函数，并且处处有梯度，因此不会有预测卡住不动。指数函数适合误差按比例而非按绝对值衡量的目标，例如计数或价格，并且与泊松损失天然搭配。</translation>
        </message>
        <message>
            <source>ReLU outputs exactly 0 with zero gradient for negative scores: an example predicted there no longer teaches the network anything.</source>
            <translation>分数为负时 ReLU 输出恰好为 0，梯度也为 0：落在那里的样本再也教不了网络任何东西。</translation>
        </message>
        <message>
            <source>The exponential overflows early (above about 88 in single precision) and magnifies every error in the score: clip the score, or predict log y with a linear output instead.</source>
            <translation>指数函数很早就会溢出（单精度下分数超过约 88 即溢出），并会放大分数中的每一点误差：应对分数进行截断，或者改用线性输出来预测 log y。</translation>
        </message>
        <message>
            <source>Softplus approaches 0 only slowly, so targets very close to 0 need very negative scores.</source>
            <translation>softplus 趋近 0 的速度很慢，所以非常接近 0 的目标需要很负的分数。</translation>
        </message>
        <message>
            <source>Compare the derivatives: ReLU's is 0 on the whole left half, softplus's fades out smoothly (it is the sigmoid), and the exponential's grows as fast as the function itself.</source>
            <translation>比较导数：ReLU 的导数在整个左半轴都是 0，softplus 的导数平滑地衰减（它正是 sigmoid），而指数函数的导数与函数本身增长得一样快。</translation>
        </message>
        <message>
            <source>Bounded regression</source>
            <translation>有界回归</translation>
        </message>
        <message>
            <source>Values in a known interval [a, b]: sigmoid scaled as a + (b − a)·σ(z), or tanh scaled from (−1, 1).</source>
            <translation>值位于已知区间 [a, b]：把 sigmoid 缩放为 a + (b − a)·σ(z)，或把 tanh 从 (−1, 1) 缩放过去。</translation>
        </message>
        <message>
            <source>a + (b − a)·σ(z)</source>
            <translation>a + (b − a)·σ(z)</translation>
        </message>
        <message>
            <source>centre + half-width · tanh(z)</source>
            <translation>中点 + 半宽 · tanh(z)</translation>
        </message>
        <message>
            <source>Squashing the output into the interval guarantees that every prediction is valid, for a probability, a percentage or a pixel intensity alike. Sigmoid covers (0, 1) and tanh (−1, 1); scaling and shifting moves either onto the interval you need.</source>
            <translation>把输出压缩进区间，可以保证每个预测都合法，无论它是概率、百分比还是像素亮度。sigmoid 覆盖 (0, 1)，tanh 覆盖 (−1, 1)；经过缩放和平移，两者都能对准你需要的区间。</translation>
        </message>
        <message>
            <source>The bounds are reached only at infinite scores: targets exactly on a bound make the scores grow without limit. Move such targets slightly inwards.</source>
            <translation>只有分数趋于无穷时才能到达边界：恰好落在边界上的目标会让分数无限增大。应把这类目标稍微向内移动。</translation>
        </message>
        <message>
            <source>When saturated the derivative is almost 0, so with mean squared error a confidently wrong prediction learns very slowly; for values in [0, 1], binary cross-entropy avoids this.</source>
            <translation>饱和时导数几乎为 0，因此用均方误差时，一个自信却错误的预测学得非常慢；对于 [0, 1] 内的值，二元交叉熵可以避免这一问题。</translation>
        </message>
        <message>
            <source>If the bounds are loose, a linear output clipped at prediction time may be simpler.</source>
            <translation>如果边界并不严格，用线性输出并在预测时截断可能更简单。</translation>
        </message>
        <message>
            <source>Compare sigmoid and tanh: tanh(z) = 2σ(2z) − 1, the same S shape, and both derivatives vanish towards the bounds.</source>
            <translation>比较 sigmoid 和 tanh：tanh(z) = 2σ(2z) − 1，二者是同一种 S 形，导数在接近边界时都趋于零。</translation>
        </message>
        <message>
            <source>Hidden layers</source>
            <translation>隐藏层</translation>
        </message>
        <message>
            <source>Output layer</source>
            <translation>输出层</translation>
        </message>
        <message>
            <source>Compare SELU with ELU and ReLU: SELU is an ELU with α ≈ 1.67 stretched by λ ≈ 1.05, so its slope is above 1 on the right and its negative side levels off near −1.76 instead of −1.</source>
            <translation>比较 SELU 与 ELU、ReLU：SELU 相当于 α ≈ 1.67 的 ELU 再放大 λ ≈ 1.05 倍，因此右侧斜率大于 1，负半轴趋于 −1.76 而不是 −1。</translation>
        </message>
        <message>
            <source>Softmax turns the scores into positive numbers that add up to 1, one probability per class, so raising one class lowers the others. With cross-entropy the gradient is again prediction minus the one-hot target, and adding the same amount to every score changes nothing.</source>
            <translation>softmax 把分数变成和为 1 的正数，每个类别一个概率，提高一个类别的概率就会压低其他类别。配合交叉熵时，梯度同样是“预测值减独热目标”；给所有分数加上同一个数，结果不变。</translation>
        </message>
        <message>
            <source>counts, and targets whose errors are relative</source>
            <translation>计数，以及误差按比例衡量的目标</translation>
        </message>
        <message>
            <source>A race on the spiral with two hidden layers of 8 units: ReLU against sigmoid. ReLU usually leads within a few dozen epochs while the sigmoid's gradients fade through the two layers; remove the second layer and the gap narrows, because depth is where ReLU pays off.</source>
            <translation>在螺旋数据上比赛，网络有两个各含 8 个单元的隐藏层：ReLU 对 sigmoid。ReLU 通常在几十轮之内就会领先，而 sigmoid 的梯度穿过两层后逐渐衰减；去掉第二个隐藏层，差距就会缩小，因为 ReLU 的优势要在网络变深后才显现。</translation>
        </message>
    </context>
    <context>
        <name>SelectionGuidePage</name>
        <message>
            <source>Choose the situation closest to yours.</source>
            <translation>选择与你的情况最接近的一项。</translation>
        </message>
        <message>
            <source>Situations</source>
            <translation>情形</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>推荐</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Pitfalls</source>
            <translation>常见陷阱</translation>
        </message>
        <message>
            <source>Show the demonstration</source>
            <translation>查看演示</translation>
        </message>
        <message>
            <source>Open in the catalog</source>
            <translation>在目录中打开</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>activation name and catalog id</comment>
            <translation>%1（%2）</translation>
        </message>
        <message>
            <source>Show %1 in the explorer: its curve, derivatives, parameters and properties</source>
            <translation>在“函数浏览”页中显示 %1：曲线、导数、参数和性质</translation>
        </message>
        <message>
            <source>Open %1 in the catalog</source>
            <translation>在目录中打开 %1</translation>
        </message>
        <message>
            <source>Demonstration: gradient view</source>
            <translation>演示：梯度视图</translation>
        </message>
        <message>
            <source>Pin %1 in the explorer and compare their derivatives in the gradient view</source>
            <translation>把 %1 固定到“函数浏览”页的图中，并在梯度视图里比较它们的导数</translation>
        </message>
        <message>
            <source>Demonstration: a race in the playground</source>
            <translation>演示：训练场竞赛</translation>
        </message>
        <message>
            <source>Open the playground with a race on the “%1” data: network A uses %2, network B uses %3, everything else is the same</source>
            <translation>打开训练场，在“%1”数据上进行竞赛：网络 A 使用 %2，网络 B 使用 %3，其余设置完全相同</translation>
        </message>
    </context>
    <context>
        <name>SmallMultiplesView</name>
        <message>
            <source>Small multiples</source>
            <translation>小多图</translation>
        </message>
        <message>
            <source>Small multiples of %1</source>
            <translation>%1 的小多图</translation>
        </message>
        <message>
            <source>Nothing to show</source>
            <translation>没有可显示的曲线</translation>
        </message>
        <message>
            <source>Each cell: f solid, f′ dashed; every cell has the same axes</source>
            <translation>每格：实线为 f，虚线为 f′；所有格子的坐标轴相同</translation>
        </message>
    </context>
    <context>
        <name>SoftmaxError</name>
        <message>
            <source>Give from %1 to %2 logits.</source>
            <translation>请给出 %1 到 %2 个分数。</translation>
        </message>
        <message>
            <source>Every logit must be a finite number.</source>
            <translation>每个分数都必须是有限的数。</translation>
        </message>
        <message>
            <source>The temperature must be a finite number greater than 0.</source>
            <translation>温度必须是大于 0 的有限数。</translation>
        </message>
    </context>
    <context>
        <name>SoftmaxLabPage</name>
        <message>
            <source>Here the naive formula breaks down (red cells): an exponential overflows to infinity or every one underflows to 0, and the division gives no number. The shifted route never takes the exponential of a positive number, so its sum is at least 1 and the answer is exact.</source>
            <translation>此处朴素公式失效（红色单元格）：有指数上溢为无穷大，或者全部下溢为 0，相除后得不到数值。平移后的算法从不对正数取指数，因此分母之和至少为 1，结果精确无误。</translation>
        </message>
        <message>
            <source>Here both routes agree. Try the huge logits [1000, 0, −1000]: e^1000 overflows to infinity and infinity / infinity is not a number, while the shifted route still gives the exact probabilities.</source>
            <translation>此处两种算法结果一致。试试极大的分数 [1000, 0, −1000]：e^1000 上溢为无穷大，无穷大 / 无穷大不是一个数，而平移后的算法仍能给出精确的概率。</translation>
        </message>
        <message>
            <source>With two classes softmax is the sigmoid of the difference. For the first two logits, the first entry of softmax([x1, x2] / T) is %1 and σ((x1 − x2) / T) is %2: a difference of %3.</source>
            <translation>只有两类时，softmax 就是两者之差的 sigmoid。对前两个分数：softmax([x1, x2] / T) 的第一项为 %1，σ((x1 − x2) / T) 为 %2，二者相差 %3。</translation>
        </message>
        <message>
            <source>Logits and temperature</source>
            <translation>分数与温度</translation>
        </message>
        <message>
            <source>Tutorial example [2.0, 1.0, 0.1]</source>
            <translation>教程示例 [2.0, 1.0, 0.1]</translation>
        </message>
        <message>
            <source>The worked example: softmax turns it into about [0.659, 0.242, 0.099].</source>
            <translation>教程中的算例：softmax 把它变为约 [0.659, 0.242, 0.099]。</translation>
        </message>
        <message>
            <source>Huge logits</source>
            <translation>极大的分数</translation>
        </message>
        <message>
            <source>[1000, 0, −1000]: the naive formula overflows, the stable one does not.</source>
            <translation>[1000, 0, −1000]：朴素公式会上溢，稳定公式不会。</translation>
        </message>
        <message>
            <source>All equal</source>
            <translation>全部相等</translation>
        </message>
        <message>
            <source>Equal logits give equal probabilities, 1/n each.</source>
            <translation>相等的分数给出相等的概率，每项为 1/n。</translation>
        </message>
        <message>
            <source>Temperature divides every logit: as T → 0 softmax approaches argmax (all probability on the largest logit), as T → ∞ it approaches the uniform distribution, 1/n each.</source>
            <translation>每个分数都先除以温度 T：T → 0 时 softmax 趋向 argmax（全部概率集中在最大的分数上），T → ∞ 时趋向均匀分布，每项为 1/n。</translation>
        </message>
        <message>
            <source>softmax: probabilities</source>
            <translation>softmax：概率</translation>
        </message>
        <message>
            <source>log_softmax: log-probabilities</source>
            <translation>log_softmax：对数概率</translation>
        </message>
        <message>
            <source>softmin: softmax of −x</source>
            <translation>softmin：−x 的 softmax</translation>
        </message>
        <message>
            <source>sparsemax: exact zeros</source>
            <translation>sparsemax：精确的零</translation>
        </message>
        <message>
            <source>Softmax step by step</source>
            <translation>逐步计算 softmax</translation>
        </message>
        <message>
            <source>Why subtract the maximum</source>
            <translation>为什么要减去最大值</translation>
        </message>
        <message>
            <source>Two classes</source>
            <translation>两类的情形</translation>
        </message>
        <message>
            <source>Jacobian ∂pᵢ/∂xⱼ
= (diag(p) − p pᵀ) / T</source>
            <translation>雅可比矩阵 ∂pᵢ/∂xⱼ
= (diag(p) − p pᵀ) / T</translation>
        </message>
    </context>
    <context>
        <name>SoftmaxStepTable</name>
        <message>
            <source>Logits xᵢ</source>
            <translation>分数 xᵢ</translation>
        </message>
        <message>
            <source>Shifted (xᵢ − max) / T</source>
            <translation>平移 (xᵢ − max) / T</translation>
        </message>
        <message>
            <source>Exponential e^shifted</source>
            <translation>指数 e^平移值</translation>
        </message>
        <message>
            <source>Softmax = exponential / Σ</source>
            <translation>softmax = 指数 / Σ</translation>
        </message>
        <message>
            <source>Naive e^(xᵢ / T)</source>
            <translation>朴素 e^(xᵢ / T)</translation>
        </message>
        <message>
            <source>Naive softmax</source>
            <translation>朴素 softmax</translation>
        </message>
        <message>
            <source>Subtracting the largest logit changes no probability, and makes every exponent zero or negative, so no exponential can overflow.</source>
            <translation>减去最大的分数不改变任何概率，却让每个指数都为零或负数，因此指数运算不会上溢。</translation>
        </message>
        <message>
            <source>The textbook formula without the shift: e^x overflows to infinity for x above about 709.</source>
            <translation>不做平移的教科书公式：x 大于约 709 时 e^x 上溢为无穷大。</translation>
        </message>
    </context>
    <context>
        <name>TrainingError</name>
        <message>
            <source>The number of points must be from %1 to %2, not %3.</source>
            <translation>点数必须在 %1 到 %2 之间，而不是 %3。</translation>
        </message>
        <message>
            <source>The noise must be from 0 to 1, not %1.</source>
            <translation>噪声必须在 0 到 1 之间，而不是 %1。</translation>
        </message>
        <message>
            <source>The number of classes must be from 2 to %1, not %2.</source>
            <translation>类别数必须在 2 到 %1 之间，而不是 %2。</translation>
        </message>
        <message>
            <source>The %1 dataset has two classes; only spiral and gauss take more.</source>
            <translation>%1 数据集只有两个类别；只有 spiral 和 gauss 可以有更多类别。</translation>
        </message>
        <message>
            <source>Unknown activation "%1".</source>
            <translation>未知的激活函数“%1”。</translation>
        </message>
        <message>
            <source>%1 works on a whole vector and cannot be the activation of hidden units.</source>
            <translation>%1 作用于整个向量，不能用作隐藏单元的激活函数。</translation>
        </message>
        <message>
            <source>Too many parameter values for %1.</source>
            <translation>%1 的参数值过多。</translation>
        </message>
        <message>
            <source>Parameter %1 of %2 is out of range.</source>
            <translation>%2 的参数 %1 超出范围。</translation>
        </message>
        <message>
            <source>The hidden layer needs 1 to %1 units, not %2.</source>
            <translation>隐藏层需要 1 到 %1 个单元，而不是 %2 个。</translation>
        </message>
        <message>
            <source>The second hidden layer needs 0 (none) to %1 units, not %2.</source>
            <translation>第二隐藏层需要 0（不使用）到 %1 个单元，而不是 %2 个。</translation>
        </message>
        <message>
            <source>The learning rate must be a positive number, not %1.</source>
            <translation>学习率必须是正数，而不是 %1。</translation>
        </message>
        <message>
            <source>The momentum must be from 0 to below 1, not %1.</source>
            <translation>动量必须不小于 0 且小于 1，而不是 %1。</translation>
        </message>
        <message>
            <source>The batch size must be 0 (full batch) or more, not %1.</source>
            <translation>批大小必须为 0（全批量）或更大，而不是 %1。</translation>
        </message>
        <message>
            <source>L2 must be 0 or a positive number, not %1.</source>
            <translation>L2 必须为 0 或正数，而不是 %1。</translation>
        </message>
        <message>
            <source>The number of epochs must be 0 or more, not %1.</source>
            <translation>轮数必须为 0 或更大，而不是 %1。</translation>
        </message>
        <message>
            <source>The test fraction must be from 0 to %1, not %2.</source>
            <translation>测试集比例必须在 0 到 %1 之间，而不是 %2。</translation>
        </message>
        <message>
            <source>The number of threads must be from 1 to %1, not %2.</source>
            <translation>线程数必须在 1 到 %1 之间，而不是 %2。</translation>
        </message>
        <message>
            <source>The grid size must be from 0 to %1, not %2.</source>
            <translation>网格大小必须在 0 到 %1 之间，而不是 %2。</translation>
        </message>
        <message>
            <source>This output layer cannot learn the task: regression needs linear_mse, several classes need softmax_cce or linear_mse.</source>
            <translation>该输出层无法学习此任务：回归需要 linear_mse，多类别需要 softmax_cce 或 linear_mse。</translation>
        </message>
        <message>
            <source>There are no training points.</source>
            <translation>没有训练点。</translation>
        </message>
        <message>
            <source>These input features do not fit the data: choose at least one, and for one-dimensional data only x1, x1^2 or sin(x1).</source>
            <translation>这些输入特征与数据不符：至少选择一个；一维数据只能使用 x1、x1^2 或 sin(x1)。</translation>
        </message>
        <message>
            <source>The unit map size must be from 0 to %1, not %2.</source>
            <translation>单元图大小必须在 0 到 %1 之间，而不是 %2。</translation>
        </message>
    </context>
    <context>
        <name>UnitMapsView</name>
        <message>
            <source>Hidden unit %1</source>
            <translation>隐藏单元 %1</translation>
        </message>
    </context>
</TS>
