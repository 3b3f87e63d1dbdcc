// slider_response: generate along a style component, re-encode, read the component back (issue #3's check that
// "μ of the re-encoded image moves along the slider's component").
#include "clue/style.h"

namespace clue {

Result<std::vector<double>> slider_response(Model& model, const GenerateOptions& options,
                                            const StyleComponent& component, const std::vector<double>& values,
                                            JobContext& context, std::vector<Image>* images) {
    if (model.info().style_dim == 0)
        return Error{Errc::UnsupportedModel, "model '" + model.info().name + "' has no style path"};
    if (static_cast<int>(component.direction.size()) != model.info().style_dim)
        return Error{Errc::InvalidArgument, "the component has " + std::to_string(component.direction.size()) +
                                                " numbers, the model's style has " +
                                                std::to_string(model.info().style_dim)};
    std::vector<double> out;
    for (double v : values) {
        GenerateOptions o = options;
        o.batch = 1;
        o.style = set_style_component(options.style, component, v);
        auto r = generate(model, o, context);
        if (!r) return r.error();
        if (r->state == JobState::Cancelled) return Error{Errc::Cancelled, "cancelled"};
        auto mu = encode_style(model, r->images[0], o.prompt, &context);
        if (!mu) return mu.error();
        out.push_back(style_component_value(*mu, component));
        if (images) images->push_back(r->images[0]);
    }
    return out;
}

}  // namespace clue
