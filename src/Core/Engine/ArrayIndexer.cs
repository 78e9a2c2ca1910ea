using System;

namespace DeepCopy.Core.Engine
{
    /// <summary>Maps a flat position to the indices of a multi-dimensional or non-zero-based array, row-major like the runtime.</summary>
    internal static class ArrayIndexer
    {
        public static int[] FromFlat(Array array, int flatIndex)
        {
            var indices = new int[array.Rank];
            Fill(array, flatIndex, indices);
            return indices;
        }

        public static void Fill(Array array, int flatIndex, int[] indices)
        {
            var remaining = flatIndex;
            for (var dimension = array.Rank - 1; dimension >= 0; dimension--)
            {
                var length = array.GetLength(dimension);
                indices[dimension] = array.GetLowerBound(dimension) + (length == 0 ? 0 : remaining % length);
                remaining = length == 0 ? 0 : remaining / length;
            }
        }
    }
}
