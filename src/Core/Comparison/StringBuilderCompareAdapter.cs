using System;
using System.Text;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Presents a <see cref="StringBuilder"/> by its text, as the member <c>Text</c>. Its fields are a chain of chunk
    /// buffers that keep characters past its length (left by Remove or Clear) and spare capacity, so two builders
    /// holding the same text differed field by field. Not transparent: a builder still differs from a string.
    /// </summary>
    internal sealed class StringBuilderCompareAdapter : DeepCompareAdapter
    {
        public override bool CanHandle(Type type) => type == typeof(StringBuilder);

        public override void Describe(object value, DeepCompareView view) => view.AddMember("Text", ((StringBuilder)value).ToString());
    }
}
