// SPDX-License-Identifier: GPL-3.0-or-later
#include "selectionguide.h"

#include <QCoreApplication>

namespace {

using Situation = SelectionGuide::Situation;
using Group = SelectionGuide::Group;
using Kind = SelectionGuide::Demonstration::Kind;

SelectionGuide::Demonstration gradients(QStringList ids, const char *caption) {
    return {Kind::Gradients, std::move(ids), QString(), caption};
}

SelectionGuide::Demonstration race(const QString &first, const QString &second,
                                   const QString &dataset, const char *caption) {
    return {Kind::Race, QStringList{first, second}, dataset, caption};
}

std::vector<Situation> hiddenLayerSituations() {
    std::vector<Situation> s;
    s.push_back(
        {QStringLiteral("default"),
         Group::HiddenLayers,
         QT_TRANSLATE_NOOP("SelectionGuide", "A first choice for hidden layers"),
         QT_TRANSLATE_NOOP("SelectionGuide", "ReLU; Leaky ReLU when many units stop learning."),
         {{QStringLiteral("relu"), QT_TRANSLATE_NOOP("SelectionGuide", "the default")},
          {QStringLiteral("leaky_relu"),
           QT_TRANSLATE_NOOP("SelectionGuide", "when many units die")}},
         QT_TRANSLATE_NOOP(
             "SelectionGuide",
             "ReLU costs a single comparison, and for positive inputs its slope is exactly 1, "
             "so the gradient passes back through many layers without shrinking. Start with it, "
             "together with He initialisation, and switch only when a measurement gives you a "
             "reason."),
         {QT_TRANSLATE_NOOP("SelectionGuide",
                            "Dying units: a unit whose input is negative for every example "
                            "outputs 0, receives no gradient and never recovers. A learning rate "
                            "that is too high makes this common; Leaky ReLU keeps a small slope "
                            "on the left."),
          QT_TRANSLATE_NOOP("SelectionGuide",
                            "Its outputs are never negative, so they are not centred on zero; "
                            "normalisation layers make up for this."),
          QT_TRANSLATE_NOOP("SelectionGuide",
                            "Glorot initialisation was designed for tanh: with ReLU the signal "
                            "loses about half its variance at every layer. Use He "
                            "initialisation.")},
         race(QStringLiteral("relu"), QStringLiteral("sigmoid"), QStringLiteral("spiral"),
              QT_TRANSLATE_NOOP("SelectionGuide",
                                "A race on the spiral with two hidden layers of 8 units: ReLU "
                                "against sigmoid. ReLU usually leads within a few dozen epochs "
                                "while the sigmoid's gradients fade through the two layers; "
                                "remove the second layer and the gap narrows, because depth is "
                                "where ReLU pays off."))});
    s.push_back(
        {QStringLiteral("deep"),
         Group::HiddenLayers,
         QT_TRANSLATE_NOOP("SelectionGuide", "Very deep networks"),
         QT_TRANSLATE_NOOP("SelectionGuide",
                           "Leaky ReLU or PReLU, with He initialisation, normalisation and "
                           "residual connections."),
         {{QStringLiteral("leaky_relu"),
           QT_TRANSLATE_NOOP("SelectionGuide", "a fixed small slope for negative inputs")},
          {QStringLiteral("prelu"),
           QT_TRANSLATE_NOOP("SelectionGuide", "the negative slope is learnt")}},
         QT_TRANSLATE_NOOP(
             "SelectionGuide",
             "Through a deep stack the gradient is a product of one derivative per layer. "
             "Saturating curves such as sigmoid and tanh have derivatives well below 1 for most "
             "inputs, so the product fades away; a slope of 1 on the positive side keeps it "
             "alive, and a small slope on the negative side keeps units from dying for good."),
         {QT_TRANSLATE_NOOP("SelectionGuide",
                            "The activation alone does not make a deep network trainable: "
                            "initialisation, normalisation (batch or layer norm) and residual "
                            "connections matter at least as much."),
          QT_TRANSLATE_NOOP("SelectionGuide",
                            "The default slope differs: 0.01 in PyTorch and JAX, 0.2 in "
                            "keras.activations.leaky_relu and 0.3 in the Keras LeakyReLU layer."),
          QT_TRANSLATE_NOOP("SelectionGuide",
                            "PReLU's slope is a weight: L2 regularisation pulls it towards 0, "
                            "back to a plain ReLU, so leave it out of weight decay.")},
         gradients({QStringLiteral("sigmoid"), QStringLiteral("tanh"), QStringLiteral("relu"),
                    QStringLiteral("leaky_relu")},
                   QT_TRANSLATE_NOOP("SelectionGuide",
                                     "Compare the derivatives: sigmoid's never exceeds 0.25 and "
                                     "tanh's drops quickly away from 0, while ReLU and Leaky ReLU "
                                     "stay at 1 for positive inputs; Leaky ReLU also keeps a small "
                                     "slope on the left."))});
    s.push_back(
        {QStringLiteral("self_normalising"),
         Group::HiddenLayers,
         QT_TRANSLATE_NOOP("SelectionGuide", "Self-normalising networks"),
         QT_TRANSLATE_NOOP("SelectionGuide",
                           "SELU with LeCun normal initialisation and AlphaDropout, in a plain "
                           "stack of dense layers."),
         {{QStringLiteral("selu"), QT_TRANSLATE_NOOP("SelectionGuide", "every hidden layer")}},
         QT_TRANSLATE_NOOP(
             "SelectionGuide",
             "SELU's two constants are chosen so that, with LeCun normal weights and standardised "
             "inputs, every layer pulls the mean of its outputs towards 0 and their variance "
             "towards 1. The signal stays normalised on its own, without batch normalisation, "
             "which lets deep fully connected networks train, for example on tabular data."),
         {QT_TRANSLATE_NOOP("SelectionGuide",
                            "The promise holds only when every condition is met: standardised "
                            "inputs, LeCun normal weights (in PyTorch, Kaiming normal with "
                            "nonlinearity='linear'), and no batch normalisation or residual "
                            "shortcuts in between."),
          QT_TRANSLATE_NOOP("SelectionGuide",
                            "Ordinary Dropout sets outputs to 0 and upsets the mean and the "
                            "variance; AlphaDropout sets them to SELU's negative saturation value "
                            "and rescales, so use it instead."),
          QT_TRANSLATE_NOOP("SelectionGuide",
                            "SELU has a corner at 0: its slope jumps from λα ≈ 1.76 on the left "
                            "to λ ≈ 1.05 on the right.")},
         gradients(
             {QStringLiteral("selu"), QStringLiteral("elu"), QStringLiteral("relu")},
             QT_TRANSLATE_NOOP("SelectionGuide",
                               "Compare SELU with ELU and ReLU: SELU is an ELU with α ≈ 1.67 "
                               "stretched by λ ≈ 1.05, so its slope is above 1 on the right "
                               "and its negative side levels off near −1.76 instead of −1."))});
    s.push_back(
        {QStringLiteral("transformer"),
         Group::HiddenLayers,
         QT_TRANSLATE_NOOP("SelectionGuide", "Transformers"),
         QT_TRANSLATE_NOOP("SelectionGuide",
                           "GELU in the feed-forward blocks; SiLU (Swish) in many newer models."),
         {{QStringLiteral("gelu"),
           QT_TRANSLATE_NOOP("SelectionGuide", "BERT, GPT-2, ViT and their descendants")},
          {QStringLiteral("silu"),
           QT_TRANSLATE_NOOP("SelectionGuide", "the gate of SwiGLU blocks")}},
         QT_TRANSLATE_NOOP(
             "SelectionGuide",
             "GELU weights its input by the probability that a standard normal variable falls "
             "below it: a smooth version of ReLU's on/off switch, with a gradient everywhere and "
             "a small dip below zero. At Transformer scale it trains a little better than ReLU, "
             "and SiLU, x·σ(x), behaves almost the same; it is the gate in the SwiGLU blocks of "
             "many recent language models."),
         {QT_TRANSLATE_NOOP("SelectionGuide",
                            "Exact or approximate: PyTorch and keras.activations.gelu use the "
                            "exact erf form by default, JAX and keras.ops.gelu the tanh "
                            "approximation. Run trained weights with the variant they were "
                            "trained with."),
          QT_TRANSLATE_NOOP("SelectionGuide",
                            "Both cost more than ReLU (an erf or an exponential per value), "
                            "which counts on small devices."),
          QT_TRANSLATE_NOOP("SelectionGuide",
                            "Neither is monotone: for negative inputs the curve dips below "
                            "zero, down to about −0.17 for GELU and −0.28 for SiLU.")},
         gradients({QStringLiteral("relu"), QStringLiteral("gelu"), QStringLiteral("silu")},
                   QT_TRANSLATE_NOOP("SelectionGuide",
                                     "Compare the derivatives: ReLU's jumps from 0 to 1, while "
                                     "GELU's and SiLU's change smoothly, rise slightly above 1 and "
                                     "turn a little negative on the left."))});
    s.push_back(
        {QStringLiteral("recurrent"),
         Group::HiddenLayers,
         QT_TRANSLATE_NOOP("SelectionGuide", "Recurrent networks: state and gates"),
         QT_TRANSLATE_NOOP("SelectionGuide",
                           "tanh for the state and the candidate values, sigmoid for the gates "
                           "(LSTM, GRU)."),
         {{QStringLiteral("tanh"),
           QT_TRANSLATE_NOOP("SelectionGuide", "the state and the candidate values")},
          {QStringLiteral("sigmoid"),
           QT_TRANSLATE_NOOP("SelectionGuide", "the input, forget and output gates")}},
         QT_TRANSLATE_NOOP(
             "SelectionGuide",
             "The same weights act at every time step, so an unbounded activation can let the "
             "state grow without limit; tanh keeps it inside (−1, 1) and centred on zero. A gate "
             "decides which fraction of a value gets through, a number between 0 and 1, and "
             "that is exactly the range of sigmoid."),
         {QT_TRANSLATE_NOOP("SelectionGuide",
                            "Replacing tanh with ReLU in the state often makes the values "
                            "explode over long sequences."),
          QT_TRANSLATE_NOOP("SelectionGuide",
                            "Keras runs LSTM and GRU layers on the fast cuDNN kernel only with "
                            "the default activations (tanh and sigmoid); other choices fall back "
                            "to a much slower implementation."),
          QT_TRANSLATE_NOOP("SelectionGuide",
                            "Gates ease vanishing gradients through time but do not stop "
                            "exploding ones: clip the gradient norm.")},
         gradients({QStringLiteral("sigmoid"), QStringLiteral("tanh")},
                   QT_TRANSLATE_NOOP("SelectionGuide",
                                     "Compare the derivatives: tanh's peak is 1, sigmoid's only "
                                     "0.25, and both fall towards 0 far from the origin, where the "
                                     "state or the gate saturates."))});
    s.push_back(
        {QStringLiteral("small_devices"),
         Group::HiddenLayers,
         QT_TRANSLATE_NOOP("SelectionGuide", "Small devices and mobile networks"),
         QT_TRANSLATE_NOOP("SelectionGuide",
                           "Hard swish instead of SiLU, hard sigmoid instead of sigmoid; ReLU6 "
                           "for quantised networks."),
         {{QStringLiteral("hard_silu"),
           QT_TRANSLATE_NOOP("SelectionGuide", "instead of SiLU (Swish)")},
          {QStringLiteral("hard_sigmoid"),
           QT_TRANSLATE_NOOP("SelectionGuide",
                             "instead of sigmoid, e.g. in squeeze-and-excitation gates")},
          {QStringLiteral("relu6"),
           QT_TRANSLATE_NOOP("SelectionGuide", "a capped ReLU that quantises well")}},
         QT_TRANSLATE_NOOP(
             "SelectionGuide",
             "The hard variants replace the exponential with a clamp, an addition and a "
             "multiplication, and they keep working in low-precision integer arithmetic. "
             "MobileNetV3 introduced hard swish as a close, cheap copy of SiLU for phones, and "
             "hard sigmoid plays the same part for gates."),
         {QT_TRANSLATE_NOOP("SelectionGuide",
                            "They have corners at −3 and 3, where the derivative jumps: harmless "
                            "for training, but visible in the gradient."),
          QT_TRANSLATE_NOOP("SelectionGuide",
                            "Keras 2 defined hard sigmoid as 0.2x + 0.5 (flat beyond ±2.5); "
                            "today's frameworks use x/6 + 1/2 (flat beyond ±3), so a model ported "
                            "from old code gives different outputs."),
          QT_TRANSLATE_NOOP("SelectionGuide",
                            "On a desktop GPU the saving is negligible: measure before trading "
                            "accuracy for speed.")},
         gradients(
             {QStringLiteral("silu"), QStringLiteral("hard_silu"), QStringLiteral("sigmoid"),
              QStringLiteral("hard_sigmoid")},
             QT_TRANSLATE_NOOP("SelectionGuide",
                               "Compare each curve with its hard version: the derivative of "
                               "hard swish is a straight ramp between two flat pieces, that of "
                               "hard sigmoid a flat 1/6 between −3 and 3, both close to the "
                               "originals where it matters."))});
    return s;
}

std::vector<Situation> outputLayerSituations() {
    std::vector<Situation> s;
    s.push_back(
        {QStringLiteral("binary"),
         Group::OutputLayer,
         QT_TRANSLATE_NOOP("SelectionGuide", "Binary classification"),
         QT_TRANSLATE_NOOP("SelectionGuide",
                           "One output unit with sigmoid, read as the probability of the "
                           "positive class."),
         {{QStringLiteral("sigmoid"), QT_TRANSLATE_NOOP("SelectionGuide", "one output unit")}},
         QT_TRANSLATE_NOOP(
             "SelectionGuide",
             "Sigmoid maps any score to (0, 1), so the output reads as a probability, and with "
             "binary cross-entropy the gradient with respect to the score is simply prediction "
             "minus label. That gradient stays large when the model is confidently wrong, which "
             "is why the pair learns well."),
         {QT_TRANSLATE_NOOP("SelectionGuide",
                            "Give the loss the raw score and let it apply the sigmoid itself "
                            "(BCEWithLogitsLoss, from_logits=True): it is numerically stable, "
                            "and applying the sigmoid twice is a common silent bug."),
          QT_TRANSLATE_NOOP("SelectionGuide",
                            "A threshold of 0.5 is not always right: with imbalanced classes, "
                            "choose it on validation data."),
          QT_TRANSLATE_NOOP("SelectionGuide",
                            "Softmax over a single unit always outputs 1: use one sigmoid unit, "
                            "or softmax over two units.")},
         {}});
    s.push_back(
        {QStringLiteral("multiclass"),
         Group::OutputLayer,
         QT_TRANSLATE_NOOP("SelectionGuide", "Multi-class classification"),
         QT_TRANSLATE_NOOP("SelectionGuide",
                           "Exactly one class per example: softmax over one unit per class, with "
                           "categorical cross-entropy."),
         {{QStringLiteral("softmax"),
           QT_TRANSLATE_NOOP("SelectionGuide", "one output unit per class")}},
         QT_TRANSLATE_NOOP(
             "SelectionGuide",
             "Softmax turns the scores into positive numbers that add up to 1, one probability "
             "per class, so raising one class lowers the others. With "
             "cross-entropy the gradient is again prediction minus the one-hot target, and "
             "adding the same amount to every score changes nothing."),
         {QT_TRANSLATE_NOOP("SelectionGuide",
                            "PyTorch's CrossEntropyLoss expects raw scores and applies "
                            "log-softmax itself: a Softmax layer in front of it trains poorly "
                            "without any error. In Keras, use from_logits=True or a softmax "
                            "output, never both."),
          QT_TRANSLATE_NOOP("SelectionGuide",
                            "Computing the exponentials directly overflows for large scores; "
                            "the frameworks subtract the largest score first, and your own code "
                            "should too."),
          QT_TRANSLATE_NOOP("SelectionGuide",
                            "Softmax assumes exactly one correct class; when an example can "
                            "have several labels, see multi-label classification.")},
         {}});
    s.push_back(
        {QStringLiteral("multilabel"),
         Group::OutputLayer,
         QT_TRANSLATE_NOOP("SelectionGuide", "Multi-label classification"),
         QT_TRANSLATE_NOOP("SelectionGuide",
                           "Several labels per example: a sigmoid on every output unit, each label "
                           "decided on its own."),
         {{QStringLiteral("sigmoid"),
           QT_TRANSLATE_NOOP("SelectionGuide", "one per label, independently")}},
         QT_TRANSLATE_NOOP(
             "SelectionGuide",
             "Each label is a separate yes-or-no question, so each output unit gets its own "
             "sigmoid and its own binary cross-entropy. Softmax would make the labels share a "
             "total of 1: a photo of a cat and a dog could then not be confidently both."),
         {QT_TRANSLATE_NOOP("SelectionGuide",
                            "Neither softmax nor categorical cross-entropy belongs here: the loss "
                            "is binary cross-entropy averaged over the labels."),
          QT_TRANSLATE_NOOP("SelectionGuide",
                            "Rare labels have few positive examples: weight them in the loss "
                            "(pos_weight) or tune a threshold per label."),
          QT_TRANSLATE_NOOP("SelectionGuide",
                            "As for a single label, hand the loss the raw scores, for "
                            "numerical stability.")},
         {}});
    s.push_back(
        {QStringLiteral("regression"),
         Group::OutputLayer,
         QT_TRANSLATE_NOOP("SelectionGuide", "Regression"),
         QT_TRANSLATE_NOOP("SelectionGuide",
                           "Any real value: no activation, that is, a linear (identity) output."),
         {{QStringLiteral("linear"), QT_TRANSLATE_NOOP("SelectionGuide", "the output unit")}},
         QT_TRANSLATE_NOOP(
             "SelectionGuide",
             "The target can be any real number, so the output must be able to reach any real "
             "number, and the identity passes the last weighted sum through unchanged. With mean "
             "squared error its gradient is just the error; the hidden layers provide all the "
             "non-linearity."),
         {QT_TRANSLATE_NOOP("SelectionGuide",
                            "Standardise large targets (subtract the mean, divide by the "
                            "standard deviation); otherwise the first updates are huge."),
          QT_TRANSLATE_NOOP("SelectionGuide",
                            "A ReLU on the output can never predict a negative value, and it "
                            "stops learning from every example it pushes below 0."),
          QT_TRANSLATE_NOOP("SelectionGuide",
                            "Mean squared error punishes outliers hard; the Huber loss is "
                            "gentler.")},
         race(QStringLiteral("tanh"), QStringLiteral("relu"), QStringLiteral("sine"),
              QT_TRANSLATE_NOOP("SelectionGuide",
                                "A race on the sine curve, with a linear output in both networks: "
                                "tanh against ReLU in the hidden layer. ReLU builds the fit from "
                                "straight pieces with corners, tanh from smooth bends."))});
    s.push_back(
        {QStringLiteral("positive_regression"),
         Group::OutputLayer,
         QT_TRANSLATE_NOOP("SelectionGuide", "Positive regression"),
         QT_TRANSLATE_NOOP("SelectionGuide",
                           "Values above zero: softplus; the exponential for counts and values "
                           "spanning several orders of magnitude; ReLU only with care."),
         {{QStringLiteral("softplus"),
           QT_TRANSLATE_NOOP("SelectionGuide", "smooth, never exactly 0")},
          {QStringLiteral("exponential"),
           QT_TRANSLATE_NOOP("SelectionGuide", "counts, and targets whose errors are relative")},
          {QStringLiteral("relu"),
           QT_TRANSLATE_NOOP("SelectionGuide", "only when exact zeros are meaningful")}},
         QT_TRANSLATE_NOOP(
             "SelectionGuide",
             "Softplus is a smooth ReLU: always positive, close to the identity for large scores "
             "and with a gradient everywhere, so no prediction gets stuck. The exponential suits "
             "targets whose errors are relative rather than absolute, such as counts or prices, "
             "and pairs naturally with a Poisson loss."),
         {QT_TRANSLATE_NOOP("SelectionGuide",
                            "ReLU outputs exactly 0 with zero gradient for negative scores: an "
                            "example predicted there no longer teaches the network anything."),
          QT_TRANSLATE_NOOP("SelectionGuide",
                            "The exponential overflows early (above about 88 in single "
                            "precision) and magnifies every error in the score: clip the score, "
                            "or predict log y with a linear output instead."),
          QT_TRANSLATE_NOOP("SelectionGuide",
                            "Softplus approaches 0 only slowly, so targets very close to 0 need "
                            "very negative scores.")},
         gradients(
             {QStringLiteral("softplus"), QStringLiteral("relu"), QStringLiteral("exponential")},
             QT_TRANSLATE_NOOP("SelectionGuide",
                               "Compare the derivatives: ReLU's is 0 on the whole left half, "
                               "softplus's fades out smoothly (it is the sigmoid), and the "
                               "exponential's grows as fast as the function itself."))});
    s.push_back(
        {QStringLiteral("bounded_regression"),
         Group::OutputLayer,
         QT_TRANSLATE_NOOP("SelectionGuide", "Bounded regression"),
         QT_TRANSLATE_NOOP("SelectionGuide",
                           "Values in a known interval [a, b]: sigmoid scaled as a + (b − a)·σ(z), "
                           "or tanh scaled from (−1, 1)."),
         {{QStringLiteral("sigmoid"), QT_TRANSLATE_NOOP("SelectionGuide", "a + (b − a)·σ(z)")},
          {QStringLiteral("tanh"),
           QT_TRANSLATE_NOOP("SelectionGuide", "centre + half-width · tanh(z)")}},
         QT_TRANSLATE_NOOP(
             "SelectionGuide",
             "Squashing the output into the interval guarantees that every prediction is "
             "valid, for a probability, a percentage or a pixel intensity alike. Sigmoid covers "
             "(0, 1) and tanh (−1, 1); scaling and shifting moves either onto the interval you "
             "need."),
         {QT_TRANSLATE_NOOP("SelectionGuide",
                            "The bounds are reached only at infinite scores: targets exactly on "
                            "a bound make the scores grow without limit. Move such targets "
                            "slightly inwards."),
          QT_TRANSLATE_NOOP("SelectionGuide",
                            "When saturated the derivative is almost 0, so with mean squared "
                            "error a confidently wrong prediction learns very slowly; for values "
                            "in [0, 1], binary cross-entropy avoids this."),
          QT_TRANSLATE_NOOP("SelectionGuide",
                            "If the bounds are loose, a linear output clipped at prediction time "
                            "may be simpler.")},
         gradients({QStringLiteral("sigmoid"), QStringLiteral("tanh")},
                   QT_TRANSLATE_NOOP("SelectionGuide",
                                     "Compare sigmoid and tanh: tanh(z) = 2σ(2z) − 1, the same "
                                     "S shape, and both derivatives vanish towards the bounds."))});
    return s;
}

} // namespace

const std::vector<SelectionGuide::Situation> &SelectionGuide::situations() {
    static const std::vector<Situation> all = [] {
        std::vector<Situation> list = hiddenLayerSituations();
        for (Situation &s : outputLayerSituations())
            list.push_back(std::move(s));
        return list;
    }();
    return all;
}

const SelectionGuide::Situation *SelectionGuide::find(const QString &key) {
    for (const Situation &s : situations())
        if (s.key == key)
            return &s;
    return nullptr;
}

QString SelectionGuide::groupTitle(Group group) {
    return group == Group::HiddenLayers
               ? QCoreApplication::translate("SelectionGuide", "Hidden layers")
               : QCoreApplication::translate("SelectionGuide", "Output layer");
}

QString SelectionGuide::text(const char *english) {
    return english ? QCoreApplication::translate("SelectionGuide", english) : QString();
}
