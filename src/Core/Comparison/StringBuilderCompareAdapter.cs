using System;
using System.Text;

namespace DeepCopy.Core.Comparison
{
    /// <summary>
    /// Presents a <see cref="StringBuilder"/> by its text, as the member <c>Text</c>, and its <c>MaxCapacity</c>, past
    /// which Append throws. Its fields are a chain of chunk buffers that keep characters past its length (left by Remove
    /// or Clear) and spare capacity, so two builders holding the same text differed field by field; its capacity is not
    /// compared. Not transparent: a builder still differs from a string.
    /// </summary>
    internal sealed class StringBuilderCompareAdapter : DeepCompareAdapter
    {
        public override bool CanHandle(Type type) => type == typeof(StringBuilder);

        public override void Describe(object value, DeepCompareView view)
        {
            var builder = (StringBuilder)value;
            view.AddMember("Text", builder.ToString());
            view.AddMember(nameof(StringBuilder.MaxCapacity), builder.MaxCapacity);
        }
    }
}
